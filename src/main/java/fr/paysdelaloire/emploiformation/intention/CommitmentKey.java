package fr.paysdelaloire.emploiformation.intention;

/**
 * One employer and one training, the unit of the one-training-body rule (FAQ §6): "the same training" is the same
 * ROME code and the same target certification (or none).
 */
public record CommitmentKey(String employerSiret, String romeCode, String certificationCode) {

    static CommitmentKey of(HiringIntention intention) {
        return new CommitmentKey(intention.employerSiret, intention.jobRomeCode, intention.targetCertificationCode);
    }

    static CommitmentKey of(IntentionBody request) {
        return new CommitmentKey(request.employer().siret(), request.job().romeCode(), request.target().certificationCode());
    }
}
