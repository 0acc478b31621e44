package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.reference.CertificationKind;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * Drafting a session request: a training body of the lot's groupement makes it, answering intentions that name it,
 * and changes it while DRAFT or INFORMATION_REQUESTED; the Region creates its socle sessions, authorised at once.
 */
@ApplicationScoped
public class SessionDrafting {

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionAccess access;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    SessionMapper mapper;

    @Inject
    SessionFollowUps followUps;

    @Inject
    PurchaseOrderService orders;

    @Inject
    IntentionLedger ledger;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Event<SessionChanged> changes;

    public Representation<SessionRequestResponse> create(SessionRequestBody body) {
        String actor = caller.requireOrganisation();
        checked(body);
        SessionKind kind = body.kindOrDefault();
        if (kind == SessionKind.SOCLE && !caller.isRegion()) {
            throw ApiProblem.forbidden("Only the Region creates socle sessions (§10)");
        }
        if (kind == SessionKind.ONE_JOB_ONE_TRAINING && caller.orgSiret().isEmpty()) {
            throw ApiProblem.forbidden("A session request 1 emploi = 1 formation is made by a training body");
        }
        return Retries.inTransaction(() -> {
            GroupementDirectory.LotFacts lot = evaluator.lot(body.lotCode());
            String runner = kind == SessionKind.SOCLE ? lot.mandataireSiret() : caller.orgSiret().orElseThrow();
            if (kind == SessionKind.ONE_JOB_ONE_TRAINING && lot.memberOf(runner).isEmpty()) {
                // §2, §9: a member of the lot's groupement, or a subcontractor the mandataire brought in.
                throw ApiProblem.forbidden("You are not in lot " + lot.code() + "'s groupement (§2, §9)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            SessionRequest request = new SessionRequest();
            request.id = UUID.randomUUID();
            request.kind = kind;
            request.lotCode = lot.code();
            request.createdBy = actor;
            request.submitterSiret = runner;
            request.mandataireSiret = lot.mandataireSiret();
            request.createdAt = now;
            request.status = SessionStatus.DRAFT;
            request.lastStatusChangeAt = now;
            mapper.fill(request, body, now);
            request.subcontractorApprovalId = kind == SessionKind.SOCLE ? null : evaluator.approvalReliedOn(request);
            // checked (and locked) before the link rows are written: an intention already used answers 409
            ledger.attach(request.intentionIds, runner, actor);
            ledger.classify(request.intentionIds, request.trainingSector.name());
            requests.persist(request);
            requests.flush();
            history.record(request.id, null, SessionStatus.DRAFT, actor, now, null);
            if (kind == SessionKind.SOCLE) {
                authoriseSocle(request, lot, body.purchaseOrderId(), actor, now);
            }
            requests.flush();
            changes.fire(new SessionChanged(request.id));
            return mapper.written(request, true);
        });
    }

    /** §10: the Region's base orders are authorised from the start, their purchase order issued. */
    private void authoriseSocle(SessionRequest request, GroupementDirectory.LotFacts lot, UUID orderId, String actor,
            OffsetDateTime now) {
        Evaluation evaluation = evaluator.evaluate(request);
        if (evaluation.outcome() != Verdict.ELIGIBLE) {
            throw ApiProblem.refusedByRules("This socle session does not meet the scheme's rules", evaluation);
        }
        request.evaluation = json.write(evaluation);
        request.status = SessionStatus.AUTHORISED;
        request.decidedAt = now;
        history.record(request.id, SessionStatus.DRAFT, SessionStatus.AUTHORISED, actor, now, "Commande socle de la Région (§10)");
        if (orderId != null) {
            orders.addTo(orderId, request); // §7: one monthly invoice for every component of the lot
        } else {
            orders.issueFor(request, lot, now);
        }
    }

    /** The submitter changes its request while DRAFT or INFORMATION_REQUESTED; intentions it drops are free again. */
    public Representation<SessionRequestResponse> update(UUID id, SessionRequestBody body, String ifMatch) {
        String actor = caller.requireOrganisation();
        checked(body);
        return Retries.inTransaction(() -> {
            SessionRequest request = access.writable(id);
            access.submitterOnly(request, "changes");
            SessionAccess.precondition(request, ifMatch);
            if (request.status != SessionStatus.DRAFT && request.status != SessionStatus.INFORMATION_REQUESTED) {
                throw ApiProblem.conflict("A request can be changed while DRAFT or INFORMATION_REQUESTED; this one is " + request.status);
            }
            List<Violation> violations = new ArrayList<>();
            if (!request.lotCode.equals(body.lotCode())) {
                violations.add(new Violation("lot_code", "cannot change: make a new request for another lot"));
            }
            if (request.kind != body.kindOrDefault()) {
                violations.add(new Violation("kind", "cannot change"));
            }
            BodyValidator.refuseIfAny(violations);
            Set<UUID> removed = new LinkedHashSet<>(request.intentionIds);
            removed.removeAll(body.intentionIdsOrEmpty());
            Set<UUID> added = new LinkedHashSet<>(body.intentionIdsOrEmpty());
            added.removeAll(request.intentionIds);
            ledger.release(removed, actor, "Retirée de la demande de session");
            ledger.attach(added, request.submitterSiret, actor);
            mapper.fill(request, body, OffsetDateTime.now(clock));
            ledger.classify(request.intentionIds, request.trainingSector.name());
            followUps.lapseChangedDerogations(request, actor, "La demande a été modifiée par l'organisme");
            requests.flush();
            return mapper.written(request, false);
        });
    }

    private void checked(SessionRequestBody body) {
        List<Violation> violations = validation.violations(body);
        if (body != null) {
            if (body.startDate() != null && body.endDate() != null && body.endDate().isBefore(body.startDate())) {
                violations.add(new Violation("end_date", "cannot be before start_date"));
            }
            if (body.certification() != null && body.certification().kind() != null
                    && !body.certification().kind().accepts(body.certification().code())) {
                violations.add(new Violation("certification.code", body.certification().kind() == CertificationKind.SKILLS
                        ? "must be absent for SKILLS" : "does not fit the kind " + body.certification().kind()));
            }
            if (body.kindOrDefault() != SessionKind.SOCLE && body.purchaseOrderId() != null) {
                violations.add(new Violation("purchase_order_id", "is for a socle session; a session of the scheme joins an order "
                        + "when the Region authorises it"));
            }
            if (body.kindOrDefault() == SessionKind.SOCLE && !body.intentionIdsOrEmpty().isEmpty()) {
                violations.add(new Violation("hiring_intention_ids", "must be empty for a socle session"));
            }
            if (body.intentionIdsOrEmpty().stream().distinct().count() < body.intentionIdsOrEmpty().size()) {
                violations.add(new Violation("hiring_intention_ids", "lists an intention twice"));
            }
        }
        BodyValidator.refuseIfAny(violations);
    }
}
