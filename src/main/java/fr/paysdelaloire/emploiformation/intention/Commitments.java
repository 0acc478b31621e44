package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.intention.IntentionEligibilityRules.Commitment;

/**
 * Where an employer stands for one training under the one-training-body rule (FAQ §6): free, contested by another
 * body's written intention, or settled by the Region's arbitration. The one place that reads the register for it.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class Commitments {

    /** One employer and one training ("the same training": same ROME code and same target certification, or none). */
    public record Key(String employerSiret, String romeCode, String certificationCode) {

        static Key of(HiringIntention intention) {
            return new Key(intention.employerSiret, intention.jobRomeCode, intention.targetCertificationCode);
        }

        static Key of(IntentionBody request) {
            return new Key(request.employer().siret(), request.job().romeCode(), request.target().certificationCode());
        }
    }

    @Inject
    HiringIntentionRepository intentions;

    /**
     * The commitment of the intention {@code id} (null when not recorded yet) of {@code trainingBodySiret}, recorded
     * at {@code recordedAt}. With a {@code scope}, only what that caller may read is weighed (a dry run must not tell
     * a partner which employer committed to whom).
     */
    Commitment of(Key key, String trainingBodySiret, UUID id, OffsetDateTime recordedAt, HiringIntentionRepository.Scope scope) {
        if (scope == null || scope.everything()) {
            Object[] standing = intentions.standing(key, trainingBodySiret, id, recordedAt);
            if (standing[0] != null) {
                return standing[0].equals(trainingBodySiret) ? Commitment.ARBITRATED_FOR : Commitment.ARBITRATED_AGAINST;
            }
            return Boolean.TRUE.equals(standing[1]) ? Commitment.CONTESTED : Commitment.FREE;
        }
        var arbitration = intentions.liveArbitration(key)
                .filter(a -> scope == null || scope.everything() || mayRead(scope, a.holderIntentionId));
        if (arbitration.isPresent()) {
            return arbitration.get().holderTrainingBodySiret.equals(trainingBodySiret) ? Commitment.ARBITRATED_FOR
                    : Commitment.ARBITRATED_AGAINST;
        }
        return intentions.heldElsewhere(key, trainingBodySiret, id, recordedAt, scope) ? Commitment.CONTESTED : Commitment.FREE;
    }

    private boolean mayRead(HiringIntentionRepository.Scope scope, UUID intentionId) {
        return intentions.findByIdOptional(intentionId).map(scope::covers).orElse(false);
    }
}
