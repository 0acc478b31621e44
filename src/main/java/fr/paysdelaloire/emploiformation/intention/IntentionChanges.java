package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Idempotency;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.derogation.DerogationLedger;
import fr.paysdelaloire.emploiformation.derogation.DerogationStatus;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * What happens to a recorded intention at its sender's or the employer's word: its correction while no session
 * request uses it, and the employer's withdrawal (désistement, §6). Each settles again what the intention held.
 */
@ApplicationScoped
public class IntentionChanges {

    /** The operation an {@code Idempotency-Key} is scoped to (stored with each answer: do not change). */
    static final String WITHDRAWAL = "POST " + IntentionResource.PATH + "/withdraw";

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionAccess access;

    @Inject
    IntentionIntake intake;

    @Inject
    IntentionMapper mapper;

    @Inject
    IntentionEvaluator evaluations;

    @Inject
    IntentionTimeline timeline;

    @Inject
    IntentionEvents events;

    @Inject
    NeedEvents needEvents;

    @Inject
    NeedProposalService needs;

    @Inject
    ArbitrationService arbitrations;

    @Inject
    DerogationLedger derogations;

    @Inject
    BodyValidator bodies;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Event<IntentionWithdrawn> withdrawals;

    /** The sender corrects its intention while no session request uses it; eligibility is evaluated again. */
    public Representation<IntentionResponse> update(UUID id, IntentionBody request, String ifMatch) {
        String sender = caller.requireOrganisation();
        IntentionBody intention = intake.checked(sender, request);
        String contentHash = json.fingerprint(intention);
        return Retries.inTransaction(() -> {
            intentions.lockEmployer(intention.employer().siret());
            HiringIntention recorded = access.writable(id);
            access.senderOnly(recorded, sender);
            if (!recorded.externalId.equals(intention.externalId())) {
                throw ApiProblem.invalid("external_id", "cannot change: it is how you name this intention");
            }
            IntentionAccess.precondition(recorded, ifMatch);
            if (!IntentionStatus.CORRECTABLE.contains(recorded.status)) {
                throw ApiProblem.conflict("This intention is " + recorded.status
                        + ": a session request uses it or it has ended, so it can no longer be corrected");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            CommitmentKey before = CommitmentKey.of(recorded);
            String bodyBefore = recorded.trainingBodySiret;
            // a derogation asked for or granted on other facts (another contract, employer, place) counts no more
            List<DerogationLedger.Lapsed> lapsed = derogations.lapseChanged(SubjectType.HIRING_INTENTION, recorded.id,
                    rule -> IntentionDerogationSubject.facts(rule, intention), "L'intention a été corrigée par son expéditeur");
            // issue #21: naming a body on an open need records the employer's choice; removing it opens the need again
            boolean takenUp = bodyBefore == null && intention.trainingBodySiret() != null;
            boolean reopened = bodyBefore != null && intention.trainingBodySiret() == null;
            if (takenUp) {
                recorded.takenUpAt = now;
            } else if (reopened) {
                recorded.takenUpAt = null;
            }
            Evaluation evaluation = evaluations.of(intention, recorded.id, recorded.committedAt()).withLapsed(DerogationLedger.byRule(lapsed));
            mapper.fill(recorded, intention, contentHash, evaluation, now);
            for (DerogationLedger.Lapsed derogation : lapsed) {
                timeline.note(recorded, sender, "Dérogation " + derogation.rule() + " (" + derogation.id()
                        + ") caduque : les faits sur lesquels elle a été " + (derogation.was() == DerogationStatus.GRANTED ? "accordée" : "demandée")
                        + " ont changé ; les règles sont évaluées sans elle");
                events.derogationLapsed(recorded, derogation.id(), derogation.rule());
            }
            IntentionStatus next = IntentionStatus.evaluated(evaluation.outcome());
            if (next != recorded.status) {
                timeline.move(recorded, next, sender, "Intention corrigée par l'expéditeur");
            }
            intentions.flush();
            events.decided(recorded);
            if (!before.equals(CommitmentKey.of(recorded)) || !java.util.Objects.equals(bodyBefore, recorded.trainingBodySiret)) {
                // it no longer speaks for that employer and training: what it held, or contested, is settled again
                arbitrations.lapseHeldBy(recorded, sender, "L'intention retenue a été corrigée (employeur, formation ou organisme)");
                intentions.lockEmployer(before.employerSiret());
                evaluations.reassess(before, recorded.id, sender, "Un engagement concurrent de l'employeur a été corrigé (§6)");
            }
            if (takenUp) {
                needs.settle(recorded, sender, now);
            } else if (reopened) {
                needEvents.raised(recorded);
            }
            return mapper.written(recorded, false);
        });
    }

    /** The employer pulls out (désistement, FAQ §6). */
    public Representation<IntentionResponse> withdraw(UUID id, WithdrawalBody request, String ifMatch, String idempotencyKey) {
        String actor = caller.requireOrganisation();
        bodies.check(request);
        String fingerprint = json.fingerprint(List.of(id.toString(), request.reason().strip()));
        return Retries.inTransaction(() -> idempotency.run(actor, idempotencyKey, WITHDRAWAL, fingerprint, () -> {
            // the employer first, as every write about it does (the one-training-body rule, §6), then the row
            intentions.findByIdOptional(id).ifPresent(peeked -> intentions.lockEmployer(peeked.employerSiret));
            HiringIntention recorded = access.writable(id);
            IntentionAccess.precondition(recorded, ifMatch);
            if (!recorded.status.canWithdraw()) {
                throw ApiProblem.conflict("This intention is already " + recorded.status + ": it cannot be withdrawn");
            }
            timeline.move(recorded, IntentionStatus.WITHDRAWN, actor, request.reason().strip());
            intentions.flush();
            withdrawals.fire(new IntentionWithdrawn(recorded.id, recorded.positions, actor));
            // §6: the commitment ends with the intention; a competing one may now hold the employer
            arbitrations.lapseHeldBy(recorded, actor, "L'intention retenue a été retirée (désistement)");
            evaluations.reassess(CommitmentKey.of(recorded), recorded.id, actor, "Un engagement concurrent de l'employeur a pris fin (§6)");
            return mapper.written(recorded, false);
        }));
    }
}
