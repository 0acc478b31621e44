package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/**
 * What session requests need of hiring intentions, without reaching into them: look them up, attach
 * them to a request, cover them when it is authorised, release them when it ends without a session.
 * Every method runs inside the caller's transaction.
 */
@ApplicationScoped
public class IntentionLedger {

    /** An intention as a session request sees it. */
    public record Summary(UUID id, IntentionStatus status, Verdict eligibility, int positions, String trainingBodySiret,
            String employerSiret, String romeCode, List<InvolvementStep> involvement, String employerCommuneInsee,
            String employerDepartment) {

        /** Counts towards the request's places: not withdrawn, and eligible (derogations granted included). */
        public boolean committed() {
            return status != IntentionStatus.WITHDRAWN && eligibility == Verdict.ELIGIBLE;
        }

        /**
         * Attached and not withdrawn, but its employer has not committed to host the job seeker for an immersion (§6):
         * acceptable, and shown to the Region on the request it instructs.
         */
        public boolean withoutImmersion() {
            return status != IntentionStatus.WITHDRAWN && !IntentionEligibilityRules.hostsTheJobSeeker(involvement);
        }
    }

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionHistoryRepository history;

    @Inject
    Clock clock;

    @Inject
    IntentionTimeline timeline;

    @Inject
    IntentionEvents events;

    @Inject
    IntentionEvaluator evaluations;

    @Inject
    ArbitrationService arbitrations;

    public List<Summary> lookup(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return intentions.list("id in ?1", ids).stream().map(IntentionLedger::summary).toList();
    }

    /**
     * Attaches intentions to a request: each must exist and name the request's submitter (§6: the employer commits to
     * that training body; another member's intention, which the submitter may not even read, is 404 like an unknown
     * one, before anything about its status is said), and be free (eligible or awaiting a derogation, not used by
     * another request): 409 otherwise.
     */
    public void attach(Collection<UUID> ids, String submitterSiret, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (UUID id : ids) {
            HiringIntention intention = intentions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .filter(i -> submitterSiret.equals(i.trainingBodySiret))
                    .orElseThrow(() -> ApiProblem.notFound("Hiring intention " + id));
            if (intention.status != IntentionStatus.ELIGIBLE && intention.status != IntentionStatus.AWAITING_DEROGATION) {
                throw ApiProblem.conflict("Hiring intention " + id + " is " + intention.status
                        + ": only an eligible intention, or one awaiting a derogation, not used by another request can be attached");
            }
            change(intention, IntentionStatus.ATTACHED, actor, now, "Rattachée à une demande de session");
        }
    }

    /** The request's session is authorised: its attached intentions are covered. */
    public void cover(Collection<UUID> ids, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HiringIntention intention : locked(ids)) {
            if (intention.status == IntentionStatus.ATTACHED) {
                change(intention, IntentionStatus.COVERED, actor, now, "Session autorisée par la Région");
            }
        }
    }

    /** The request ended without a session (withdrawn, rejected, cancelled) or let them go: they are free again. */
    public void release(Collection<UUID> ids, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HiringIntention intention : locked(ids)) {
            if (intention.status == IntentionStatus.ATTACHED || intention.status == IntentionStatus.COVERED) {
                change(intention, IntentionStatus.evaluated(intention.eligibilityOutcome), actor, now, reason);
            }
        }
    }

    /** The request using them has this training sector (the funnel's sector): on creation and on correction. */
    public void classify(Collection<UUID> ids, String sector) {
        for (HiringIntention intention : locked(ids)) {
            if (!sector.equals(intention.requestSector)) {
                intention.requestSector = sector;
            }
        }
    }

    /** The Region decided the request using them (authorised or rejected), this long after its first submission. */
    public void decided(Collection<UUID> ids, java.time.Duration sinceFirstSubmission) {
        for (HiringIntention intention : locked(ids)) {
            intention.decisionSeconds = Math.max(0, sinceFirstSubmission.toSeconds());
        }
    }

    /** Locks one intention until the transaction ends (paths on it are counted one at a time). */
    public Summary lock(UUID id) {
        return intentions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(IntentionLedger::summary)
                .orElseThrow(() -> ApiProblem.notFound("Hiring intention " + id));
    }

    /**
     * A trainee was hired on this intention. It counts the hire; when hires fill every position it is fulfilled (§6)
     * and the employer is free again for this training; until then it stays as it is and a drop-out on it may be
     * replaced (§5). Either way its history and its readers are told hires / positions.
     */
    public void hired(UUID id, String actor) {
        for (HiringIntention intention : locked(List.of(id))) {
            if (intention.status != IntentionStatus.COVERED && intention.status != IntentionStatus.ATTACHED) {
                continue; // withdrawn (the session went on, §6) or already fulfilled: nothing to count on it
            }
            intention.hires++;
            String counted = "Embauche confirmée à l'issue du parcours (" + intention.hires + "/" + intention.positions + ")";
            if (IntentionRules.fulfilled(intention.hires, intention.positions)) {
                change(intention, IntentionStatus.FULFILLED, actor, OffsetDateTime.now(clock), counted + " : tous les postes sont pourvus (§6)");
                arbitrations.lapseHeldBy(intention, actor, "L'intention retenue est satisfaite (embauche)");
                evaluations.reassess(CommitmentKey.of(intention), intention.id, actor,
                        "Un engagement concurrent de l'employeur a pris fin (§6)");
            } else {
                timeline.note(intention, actor, counted + " : " + (intention.positions - intention.hires)
                        + " poste(s) restent à pourvoir, un stagiaire qui abandonne peut être remplacé (§5)");
                events.hireRecorded(intention);
            }
        }
    }

    /**
     * The session using these intentions ended (§6): the employers' commitments to its body end with it, hire or not.
     * Each covered intention says so in its history; an arbitration it held lapses, and the employer's other intentions
     * for the same training are assessed again.
     */
    public void sessionEnded(Collection<UUID> ids, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HiringIntention intention : locked(ids)) {
            if (intention.status != IntentionStatus.COVERED || intention.sessionEndedAt != null) {
                continue;
            }
            intention.sessionEndedAt = now;
            timeline.note(intention, actor, "Session terminée : l'engagement de l'employeur envers l'organisme prend fin (§6) ("
                    + intention.hires + "/" + intention.positions + " embauche(s))");
            arbitrations.lapseHeldBy(intention, actor, "La session de l'intention retenue est terminée");
            evaluations.reassess(CommitmentKey.of(intention), intention.id, actor, "Un engagement concurrent de l'employeur a pris fin (§6)");
        }
    }

    private List<HiringIntention> locked(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return intentions.find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private void change(HiringIntention intention, IntentionStatus to, String actor, OffsetDateTime now, String reason) {
        timeline.move(intention, to, actor, reason);
    }

    private static Summary summary(HiringIntention i) {
        return new Summary(i.id, i.status, i.eligibilityOutcome, i.positions, i.trainingBodySiret, i.employerSiret,
                i.jobRomeCode, IntentionResponse.steps(i.employerInvolvement), i.employerCommuneInsee, i.employerDepartment);
    }
}
