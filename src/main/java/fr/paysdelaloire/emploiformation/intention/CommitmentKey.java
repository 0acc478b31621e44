package fr.paysdelaloire.emploiformation.intention;

/**
 * One employer and one training, the unit of the one-training-body rule (FAQ §6: the employer may consult several
 * bodies, "mais s'engager auprès d'un seul organisme, pour la même formation"). The FAQ does not define "the same
 * training"; {@link #sameTraining} does.
 */
public record CommitmentKey(String employerSiret, String romeCode, String certificationCode) {

    /**
     * §6, "la même formation" for one employer: the same job (ROME code) and the same target certification. A need
     * expressed as skills outside any register (no certification code) is the same training as any other need of the
     * employer for that job — with or without a certification — since free-text skills cannot tell two trainings apart:
     * the same need sent once with a certification code and once as skills is caught, and the Region arbitrates. Two
     * different certifications for the same job are two trainings.
     */
    public boolean sameTraining(CommitmentKey other) {
        return employerSiret.equals(other.employerSiret) && romeCode.equals(other.romeCode)
                && (certificationCode == null || other.certificationCode == null || certificationCode.equals(other.certificationCode));
    }

    static CommitmentKey of(HiringIntention intention) {
        return new CommitmentKey(intention.employerSiret, intention.jobRomeCode, intention.targetCertificationCode);
    }

    static CommitmentKey of(IntentionBody request) {
        return new CommitmentKey(request.employer().siret(), request.job().romeCode(), request.target().certificationCode());
    }
}
