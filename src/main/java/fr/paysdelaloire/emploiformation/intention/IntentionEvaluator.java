package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.derogation.DerogationLedger;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.intention.IntentionEligibilityRules.Commitment;
import fr.paysdelaloire.emploiformation.rules.Evaluation;

/**
 * The one home of an intention's evaluation: the facts gathered for {@link IntentionEligibilityRules} (where the
 * employer stands under the one-training-body rule included), the Region's granted derogations applied, and the intention assessed again when something
 * it depends on changes (a derogation decided, an arbitration, a competing intention gone). Runs in the caller's
 * transaction.
 */
@ApplicationScoped
class IntentionEvaluator {

    @Inject
    DerogationLedger derogations;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionTimeline timeline;

    @Inject
    IntentionEvents events;

    @Inject
    Json json;

    @Inject
    Clock clock;

    /** What a POST would give, weighing only the intentions the caller may read. */
    Evaluation dryRun(IntentionBody request, HiringIntentionRepository.Scope scope) {
        return IntentionEligibilityRules.evaluate(facts(request, commitment(CommitmentKey.of(request), request.trainingBodySiret(),
                null, null, scope), scope.everything()));
    }

    /** The request about to be recorded as {@code id} (null: a new one), with the derogations granted on it. */
    Evaluation of(IntentionBody request, UUID id, OffsetDateTime recordedAt) {
        Evaluation evaluation = IntentionEligibilityRules.evaluate(facts(request, commitment(CommitmentKey.of(request),
                request.trainingBodySiret(), id, recordedAt, null), true));
        return id == null ? evaluation : evaluation.withDerogations(derogations.granted(SubjectType.HIRING_INTENTION, id));
    }

    /** A recorded intention as it stands now. */
    Evaluation of(HiringIntention intention) {
        IntentionEligibilityRules.Facts facts = new IntentionEligibilityRules.Facts(intention.contractType, intention.contractDurationMonths,
                intention.contractWeeklyHours, intention.employerDepartment, intention.proofChannel != null,
                commitment(CommitmentKey.of(intention), intention.trainingBodySiret, intention.id, intention.committedAt(), null), true,
                involvement(IntentionResponse.steps(intention.employerInvolvement)));
        return IntentionEligibilityRules.evaluate(facts).withDerogations(derogations.granted(SubjectType.HIRING_INTENTION, intention.id));
    }

    /**
     * Evaluates a recorded intention again; one no session request uses yet takes the status its outcome gives. A
     * change of outcome or status is written in its history with {@code reason}, and its readers are told.
     */
    void reassess(HiringIntention intention, String actor, String reason) {
        Evaluation evaluation = of(intention);
        IntentionStatus next = IntentionStatus.CORRECTABLE.contains(intention.status) ? IntentionStatus.evaluated(evaluation.outcome())
                : intention.status;
        String stored = json.write(evaluation);
        if (stored.equals(intention.eligibility) && next == intention.status) {
            return;
        }
        boolean changed = evaluation.outcome() != intention.eligibilityOutcome || next != intention.status;
        intention.eligibility = stored;
        intention.eligibilityOutcome = evaluation.outcome();
        intention.updatedAt = OffsetDateTime.now(clock);
        if (changed) {
            timeline.move(intention, next, actor, reason);
        }
        events.decided(intention);
    }

    /** Every active intention of one employer and training, assessed again (a commitment was settled or ended). */
    void reassess(CommitmentKey key, UUID except, String actor, String reason) {
        for (HiringIntention intention : intentions.aliveFor(key)) {
            if (!intention.id.equals(except)) {
                reassess(intention, actor, reason);
            }
        }
    }

    /**
     * Where an employer stands for one training under the one-training-body rule (FAQ §6) for the intention {@code id}
     * (null when not recorded yet) of {@code trainingBodySiret}, recorded at {@code recordedAt}: open (no body yet), free, contested by
     * another body's written intention, or settled by the Region's arbitration. With a {@code scope}, only what that
     * caller may read is weighed (a dry run must not tell a partner which employer committed to whom).
     */
    private Commitment commitment(CommitmentKey key, String trainingBodySiret, UUID id, OffsetDateTime recordedAt,
            HiringIntentionRepository.Scope scope) {
        if (trainingBodySiret == null) {
            return Commitment.OPEN;
        }
        if (scope == null || scope.everything()) {
            Object[] standing = intentions.standing(key, trainingBodySiret, id, recordedAt);
            if (standing[0] != null) {
                return standing[0].equals(trainingBodySiret) ? Commitment.ARBITRATED_FOR : Commitment.ARBITRATED_AGAINST;
            }
            return Boolean.TRUE.equals(standing[1]) ? Commitment.CONTESTED : Commitment.FREE;
        }
        var arbitration = intentions.liveArbitration(key)
                .filter(a -> intentions.findByIdOptional(a.holderIntentionId).map(scope::covers).orElse(false));
        if (arbitration.isPresent()) {
            return arbitration.get().holderTrainingBodySiret.equals(trainingBodySiret) ? Commitment.ARBITRATED_FOR
                    : Commitment.ARBITRATED_AGAINST;
        }
        return intentions.heldElsewhere(key, trainingBodySiret, id, recordedAt, scope) ? Commitment.CONTESTED : Commitment.FREE;
    }

    static IntentionEligibilityRules.Facts facts(IntentionBody request, Commitment commitment, boolean wholeRegister) {
        IntentionBody.Contract contract = request.contract();
        return new IntentionEligibilityRules.Facts(contract.type(), contract.durationMonths(), contract.weeklyHours(),
                request.employer().department(), request.proof() != null, commitment, wholeRegister,
                involvement(request.involvementOrEmpty()));
    }

    private static EnumSet<InvolvementStep> involvement(List<InvolvementStep> steps) {
        return steps.isEmpty() ? EnumSet.noneOf(InvolvementStep.class) : EnumSet.copyOf(steps);
    }
}
