package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * The Region's arbitration of the one-training-body rule (FAQ §6): when two bodies hold written intentions of one
 * employer for the same training, the Region decides which one the employer commits to. The intentions of the other
 * bodies that no session request uses become INELIGIBLE (their rule FAIL, with the reason); an arbitration lapses when
 * the intention it chose is corrected away from that employer and training, or ends.
 */
@ApplicationScoped
public class ArbitrationService {

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionTimeline timeline;

    @Inject
    IntentionEvaluator evaluations;

    @Inject
    BodyValidator bodies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    /** The Region holds this intention's body as the one the employer commits to for this training. */
    public Representation<IntentionResponse> arbitrate(UUID id, ArbitrationBody request, String ifMatch) {
        String officer = caller.requireOrganisation();
        bodies.check(request);
        return Retries.inTransaction(() -> {
            intentions.findByIdOptional(id).ifPresent(peeked -> intentions.lockEmployer(peeked.employerSiret));
            HiringIntention holder = intentions.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Hiring intention " + id));
            IntentionAccess.precondition(holder, ifMatch);
            if (!IntentionStatus.ALIVE.contains(holder.status)) {
                throw ApiProblem.conflict("This intention is " + holder.status + ": it commits the employer to nothing any more");
            }
            if (holder.trainingBodySiret == null) {
                throw ApiProblem.conflict("This is an open need: it commits the employer to no training body yet (FAQ §6); "
                        + "its sender records the employer's choice with POST /open-needs/{id}/take-up");
            }
            if (holder.proofChannel == null) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "ONE_TRAINING_BODY: only an intention with its written proof "
                        + "holds an employer (FAQ §6); this one has none");
            }
            CommitmentKey key = CommitmentKey.of(holder);
            List<HiringIntention> active = intentions.aliveFor(key);
            List<HiringIntention> used = active.stream().filter(i -> !i.trainingBodySiret.equals(holder.trainingBodySiret))
                    .filter(i -> !IntentionStatus.CORRECTABLE.contains(i.status)).toList();
            if (!used.isEmpty()) {
                throw ApiProblem.conflict("Intentions of another body for this employer and training are used by a session "
                        + "request (" + used.stream().map(i -> i.id + " " + i.status).collect(Collectors.joining(", "))
                        + "): settle that request first (FAQ §6: the Region decides what follows a withdrawal)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (EmployerArbitration previous : intentions.liveArbitrations(key)) {
                lapse(previous, now, "Remplacé par un nouvel arbitrage de la Région");
            }
            intentions.flush(); // the lapse before the insert: one live decision per employer and training
            EmployerArbitration decision = new EmployerArbitration();
            decision.id = UUID.randomUUID();
            decision.employerSiret = key.employerSiret();
            decision.jobRomeCode = key.romeCode();
            decision.targetCertificationCode = key.certificationCode();
            decision.holderIntentionId = holder.id;
            decision.holderTrainingBodySiret = holder.trainingBodySiret;
            decision.status = "LIVE";
            decision.reason = request.reason().strip();
            decision.decidedBy = officer;
            decision.decidedAt = now;
            intentions.getEntityManager().persist(decision);
            intentions.flush();
            for (HiringIntention intention : active) {
                boolean chosen = intention.trainingBodySiret.equals(holder.trainingBodySiret);
                evaluations.reassess(intention, officer, chosen
                        ? "Arbitrage de la Région : l'employeur s'engage auprès de cet organisme pour cette formation (§6). " + decision.reason
                        : "Arbitrage de la Région en faveur d'un autre organisme pour cette formation (§6)");
            }
            intentions.flush();
            Evaluation evaluation = json.read(holder.eligibility, Evaluation.class);
            return Representation.changed(IntentionResource.PATH + "/" + holder.id, holder.version, IntentionResponse.of(holder, evaluation));
        });
    }

    /**
     * The intention was corrected away from its employer or training, or ended: the arbitration that chose it lapses
     * (§6: the employer is free again), recorded in its history.
     */
    void lapseHeldBy(HiringIntention holder, String actor, String why) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (EmployerArbitration arbitration : intentions.arbitrationsHeldBy(holder.id)) {
            lapse(arbitration, now, why);
            timeline.note(holder, actor, "Arbitrage de la Région du " + arbitration.decidedAt.toLocalDate() + " caduc : " + why + " (§6)");
        }
    }

    private static void lapse(EmployerArbitration arbitration, OffsetDateTime now, String why) {
        arbitration.status = "LAPSED";
        arbitration.lapsedAt = now;
        arbitration.lapseReason = why;
    }
}
