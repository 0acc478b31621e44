package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ETags;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.derogation.Derogations;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionWithdrawn;
import fr.paysdelaloire.emploiformation.reference.CertificationKind;
import fr.paysdelaloire.emploiformation.reference.Groupements;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.validation.InseeCommuneCode;

/** Use cases of session requests: drafting, the life cycle with the FAQ's rules, purchase orders. */
@ApplicationScoped
public class SessionRequestService {

    public static final String PATH = "/api/v1/session-requests";

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionHistoryRepository history;

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    Groupements groupements;

    @Inject
    IntentionLedger ledger;

    @Inject
    Derogations derogations;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Event<SessionCompleted> completions;

    @Inject
    Event<SessionChanged> changes;

    @Inject
    SessionEvents events;

    @Inject
    fr.paysdelaloire.emploiformation.api.BusinessMetrics metrics;

    // --- drafting -------------------------------------------------------------------------------------

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
            Groupements.LotFacts lot = lot(body.lotCode());
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
            fill(request, body, now);
            // checked (and locked) before the link rows are written: an intention already used answers 409
            ledger.attach(request.intentionIds, runner, actor);
            ledger.classify(request.intentionIds, request.trainingSector.name());
            requests.persist(request);
            requests.flush();
            recordChange(request.id, null, SessionStatus.DRAFT, actor, now, null);
            if (kind == SessionKind.SOCLE) {
                // §10: the Region's base orders are authorised from the start.
                Evaluation evaluation = evaluate(request);
                if (evaluation.outcome() != Verdict.ELIGIBLE) {
                    throw ApiProblem.refusedByRules("This socle session does not meet the scheme's rules", evaluation);
                }
                request.evaluation = json.write(evaluation);
                request.status = SessionStatus.AUTHORISED;
                request.decidedAt = now;
                recordChange(request.id, SessionStatus.DRAFT, SessionStatus.AUTHORISED, actor, now, "Commande socle de la Région (§10)");
                issueOrder(request, lot, now);
            }
            requests.flush();
            changes.fire(new SessionChanged(request.id));
            return answer(true, request);
        });
    }

    public Representation<SessionRequestResponse> update(UUID id, SessionRequestBody body, String ifMatch) {
        String actor = caller.requireOrganisation();
        checked(body);
        return Retries.inTransaction(() -> {
            SessionRequest request = writable(id);
            if (!caller.orgSiret().map(request.submitterSiret::equals).orElse(false)) {
                throw ApiProblem.forbidden("Only the training body that made the request changes it");
            }
            precondition(request, ifMatch);
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
            fill(request, body, OffsetDateTime.now(clock));
            ledger.classify(request.intentionIds, request.trainingSector.name());
            lapseChangedDerogations(request, actor, "La demande a été modifiée par l'organisme");
            requests.flush();
            return answer(false, request);
        });
    }

    // --- the life cycle -------------------------------------------------------------------------------

    public Representation<SessionRequestResponse> transition(UUID id, SessionTransition transition, TransitionBody body, String ifMatch) {
        String actor = caller.requireOrganisation();
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (transition.reasonRequired() && reason == null) {
            throw ApiProblem.invalid("reason", "is required to " + transition.path());
        }
        if (body != null) {
            validation.check(body);
        }
        java.util.concurrent.atomic.AtomicReference<java.time.Duration> waited = new java.util.concurrent.atomic.AtomicReference<>();
        Representation<SessionRequestResponse> done = Retries.inTransaction(() -> {
            SessionRequest request = writable(id);
            mayTrigger(request, transition);
            precondition(request, ifMatch);
            OffsetDateTime now = OffsetDateTime.now(clock);
            SessionStatus from;
            try {
                from = request.apply(transition, now);
            } catch (SessionLifecycle.IllegalTransition e) {
                throw ApiProblem.conflict("A request " + e.status() + " cannot " + e.transition().path() + "; allowed now: "
                        + (e.allowed().isEmpty() ? "none" : e.allowed().stream().map(SessionTransition::path).collect(Collectors.joining(", "))));
            }
            String recordedReason = reason;
            switch (transition) {
                case SUBMIT -> {
                    Evaluation evaluation = evaluate(request);
                    if (evaluation.outcome() == Verdict.INELIGIBLE) {
                        throw ApiProblem.refusedByRules("The session request cannot be submitted: " + failing(evaluation), evaluation);
                    }
                    request.evaluation = json.write(evaluation);
                    if (request.firstSubmittedAt == null) {
                        request.firstSubmittedAt = now;
                    }
                    request.lastSubmittedAt = now;
                    if (!request.submitterSiret.equals(request.mandataireSiret) && request.mandataireInformedAt == null) {
                        // §9: a co-traitant sends its request to the Region directly, the mandataire being informed first.
                        request.mandataireInformedAt = now;
                        recordedReason = join(reason, "Mandataire " + request.mandataireSiret + " informé (§9)");
                    }
                }
                case AUTHORISE -> {
                    Evaluation evaluation = evaluate(request);
                    if (evaluation.outcome() != Verdict.ELIGIBLE) {
                        throw ApiProblem.refusedByRules("The session cannot be authorised: " + failing(evaluation), evaluation);
                    }
                    request.evaluation = json.write(evaluation);
                    request.decidedAt = now;
                    ledger.decided(request.intentionIds, waitedFor(request, now));
                    if (body != null && body.purchaseOrderId() != null) {
                        addToOrder(request, body.purchaseOrderId());
                    } else {
                        issueOrder(request, lot(request.lotCode), now);
                    }
                    ledger.cover(request.intentionIds, actor);
                }
                case REJECT -> {
                    request.decidedAt = now;
                    ledger.decided(request.intentionIds, waitedFor(request, now));
                    recordedReason = join(reason, free(request, actor, "Demande de session rejetée par la Région"));
                }
                case WITHDRAW -> recordedReason = join(reason, free(request, actor, "Demande de session retirée par l'organisme"));
                case COMPLETE -> completions.fire(new SessionCompleted(request.id, actor));
                case CANCEL -> {
                    recordedReason = join(reason, free(request, actor, "Session annulée avant son démarrage"));
                    orders.findCovering(request.id).ifPresent(order -> {
                        if (order.sessionIds.size() == 1) {
                            order.status = PurchaseOrderStatus.CANCELLED;
                        }
                    });
                }
                default -> {
                }
            }
            recordChange(request.id, from, request.status, actor, now, recordedReason);
            events.changed(request, from, transition);
            requests.flush();
            changes.fire(new SessionChanged(request.id));
            waited.set(request.firstSubmittedAt == null ? null : java.time.Duration.between(request.firstSubmittedAt, now));
            return answer(false, request);
        });
        if (transition == SessionTransition.AUTHORISE || transition == SessionTransition.REJECT) {
            metrics.sessionDecided(transition.to().name(), waited.get());
        }
        return done;
    }

    /**
     * A derogation asked for or granted on other facts (a group of another size, places of training elsewhere) counts
     * no more (issue #17): it lapses, the history says so, the readers are told, and the rules are evaluated again
     * without it.
     */
    private void lapseChangedDerogations(SessionRequest request, String actor, String why) {
        List<Derogations.Lapsed> lapsed = derogations.lapseChanged(SubjectType.SESSION_REQUEST, request.id,
                rule -> SessionDerogationSubject.facts(rule, request, json), why);
        if (lapsed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Derogations.Lapsed derogation : lapsed) {
            recordChange(request.id, request.status, request.status, actor, now, "Dérogation " + derogation.rule() + " ("
                    + derogation.id() + ") caduque : " + why + " ; les règles sont évaluées sans elle");
            events.derogationLapsed(request, derogation.id(), derogation.rule());
        }
        if (request.evaluation != null) {
            requests.flush();
            request.evaluation = json.write(evaluate(request).withLapsed(Derogations.byRule(lapsed)));
        }
    }

    /** How long the request waited for the Region's decision, from its first submission (§7, §9). */
    private static java.time.Duration waitedFor(SessionRequest request, OffsetDateTime now) {
        return request.firstSubmittedAt == null ? java.time.Duration.ZERO : java.time.Duration.between(request.firstSubmittedAt, now);
    }

    /** The request ended without a session: its intentions are free for another request (§6); says which. */
    private String free(SessionRequest request, String actor, String why) {
        List<UUID> freed = List.copyOf(request.intentionIds);
        ledger.release(freed, actor, why);
        request.intentionIds.clear();
        return freed.isEmpty() ? null : "Intentions libérées : " + freed.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }

    /** Before the start, a withdrawal lowers the places to what is still committed; after, the session goes on (§6). */
    void onIntentionWithdrawn(@Observes IntentionWithdrawn withdrawn) {
        requests.findByIntention(withdrawn.intentionId()).ifPresent(request -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (request.status == SessionStatus.STARTED) {
                recordChange(request.id, request.status, request.status, withdrawn.actor(), now,
                        "Désistement d'un employeur (intention " + withdrawn.intentionId()
                                + ") : la session démarrée va à son terme (§6)");
            } else if (SessionStatus.BEFORE_START.contains(request.status)) {
                int before = request.places;
                request.places = Math.min(request.places, committedPositions(request));
                if (request.evaluation != null) {
                    request.evaluation = json.write(evaluate(request));
                }
                lapseChangedDerogations(request, withdrawn.actor(), "Les places ont changé après le désistement d'un employeur");
                request.updatedAt = now;
                recordChange(request.id, request.status, request.status, withdrawn.actor(), now,
                        "Désistement d'un employeur (intention " + withdrawn.intentionId() + ") : places " + before + " → "
                                + request.places + " (§6, §9)");
                changes.fire(new SessionChanged(request.id));
            }
        });
    }

    /**
     * The lot changed hands (§9: the mandataire receives the orders and sees its groupement's requests): the lot's
     * requests and orders pass to the new mandataire, in the lot's transaction, each request's history saying so. The
     * former mandataire keeps only what it submitted itself; it no longer sees the others, nor their orders and paths.
     */
    void onLotHandedOver(@Observes fr.paysdelaloire.emploiformation.reference.LotHandedOver handover) {
        List<SessionRequest> moved = requests.list("lotCode = ?1 and mandataireSiret = ?2", handover.lotCode(),
                handover.formerMandataireSiret());
        for (SessionRequest request : moved) {
            request.mandataireSiret = handover.mandataireSiret();
            request.updatedAt = handover.at();
            recordChange(request.id, request.status, request.status, handover.actor(), handover.at(), "Le lot " + handover.lotCode()
                    + " change de mandataire : " + handover.formerMandataireSiret() + " → " + handover.mandataireSiret() + " (§9)");
        }
        orders.list("lotCode = ?1 and mandataireSiret = ?2", handover.lotCode(), handover.formerMandataireSiret())
                .forEach(order -> order.mandataireSiret = handover.mandataireSiret());
        requests.flush();
        moved.forEach(request -> changes.fire(new SessionChanged(request.id)));
    }

    // --- reads ----------------------------------------------------------------------------------------

    @Transactional
    public Representation<SessionRequestResponse> get(UUID id) {
        SessionRequest request = visible(id);
        return Representation.read(request.version, response(request));
    }

    @Transactional
    public List<SessionRequestResponse> list(String status) {
        SessionStatus filter = null;
        if (status != null) {
            try {
                filter = SessionStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("status", "must be one of " + Arrays.toString(SessionStatus.values()));
            }
        }
        String siret = caller.isRegion() ? null : caller.orgSiret().orElseThrow(() -> ApiProblem.forbidden("no organisation"));
        return requests.visibleTo(siret, filter).stream().map(this::response).toList();
    }

    @Transactional
    public SessionHistoryResponse history(UUID id) {
        visible(id);
        return new SessionHistoryResponse(history.of(id).stream()
                .map(e -> new SessionHistoryResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    @Transactional
    public InstructionQueueResponse queue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<InstructionQueueResponse.Entry> entries = new ArrayList<>();
        for (SessionRequest request : requests.queue()) {
            entries.add(new InstructionQueueResponse.Entry(entries.size() + 1, request.id, request.lotCode, request.title,
                    request.status, request.places, request.firstSubmittedAt,
                    java.time.Duration.between(request.firstSubmittedAt, now).toDays()));
        }
        return new InstructionQueueResponse(entries);
    }

    // --- scoping --------------------------------------------------------------------------------------

    /** The Region sees everything; a training body what it submitted, and the mandataire its groupement's (§9). */
    boolean mayRead(SessionRequest request) {
        return caller.isRegion() || caller.orgSiret()
                .map(siret -> siret.equals(request.submitterSiret) || siret.equals(request.mandataireSiret)).orElse(false);
    }

    SessionRequest visible(UUID id) {
        SessionRequest request = requests.findByIdOptional(id).orElse(null);
        if (request == null || !mayRead(request)) {
            throw ApiProblem.notFound("Session request " + id);
        }
        return request;
    }

    /** Locked for the change; 404 for what the caller may not read. */
    private SessionRequest writable(UUID id) {
        SessionRequest request = requests.findForUpdate(id).orElse(null);
        if (request == null || !mayRead(request)) {
            throw ApiProblem.notFound("Session request " + id);
        }
        return request;
    }

    /** A change needs the ETag the caller read: 428 without it, 412 when it is stale. */
    private static void precondition(SessionRequest request, String ifMatch) {
        ETags.requireCurrent(ifMatch, request.version, "session request", PATH + "/" + request.id);
    }

    /** Submitting is the submitter's; the Region's steps are the Region's (roles checked on the operations). */
    private void mayTrigger(SessionRequest request, SessionTransition transition) {
        if (caller.isRegion() || !caller.hasRole(Roles.TRAINING_BODY)) {
            return;
        }
        String siret = caller.orgSiret().orElse("");
        if (transition == SessionTransition.SUBMIT && !siret.equals(request.submitterSiret)) {
            throw ApiProblem.forbidden("Only the training body that made the request submits it");
        }
    }

    // --- rules ----------------------------------------------------------------------------------------

    Evaluation evaluate(SessionRequest request) {
        Groupements.LotFacts lot = lot(request.lotCode);
        List<IntentionLedger.Summary> intentions = ledger.lookup(request.intentionIds).stream()
                .filter(i -> i.status() != fr.paysdelaloire.emploiformation.intention.IntentionStatus.WITHDRAWN).toList();
        int committed = (int) intentions.stream().filter(IntentionLedger.Summary::committed).count();
        int positions = intentions.stream().filter(IntentionLedger.Summary::committed).mapToInt(IntentionLedger.Summary::positions).sum();
        int awaiting = (int) intentions.stream().filter(i -> i.eligibility() == Verdict.NEEDS_DEROGATION).count();
        int ineligible = (int) intentions.stream().filter(i -> i.eligibility() == Verdict.INELIGIBLE).count();
        SessionRequestRules.Submitter submitter = request.kind == SessionKind.SOCLE
                ? new SessionRequestRules.Submitter(null, false, true)
                : lot.memberOf(request.submitterSiret)
                        .map(m -> new SessionRequestRules.Submitter(m.role(), m.approvedByMandataire(), false))
                        .orElse(new SessionRequestRules.Submitter(null, false, false));
        Set<String> departments = Arrays.stream(locations(request)).map(l -> InseeCommuneCode.departmentOf(l.communeInsee()))
                .collect(Collectors.toSet());
        return SessionRequestRules.evaluate(new SessionRequestRules.Facts(request.kind, request.places,
                new SessionRequestRules.Intentions(intentions.size(), committed, positions, awaiting, ineligible),
                lot.sector(), request.trainingSector, lot.departments(), departments, submitter,
                request.completesExistingGroup, request.permanentEntry))
                .withDerogations(derogations.granted(SubjectType.SESSION_REQUEST, request.id));
    }

    private int committedPositions(SessionRequest request) {
        return ledger.lookup(request.intentionIds).stream().filter(IntentionLedger.Summary::committed)
                .mapToInt(IntentionLedger.Summary::positions).sum();
    }

    private static String failing(Evaluation evaluation) {
        return evaluation.rules().stream().filter(r -> r.outcome() != fr.paysdelaloire.emploiformation.rules.RuleOutcome.PASS)
                .map(r -> r.rule() + " " + r.outcome() + " (FAQ " + r.faqRef() + ")").collect(Collectors.joining(", "));
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
            if (body.kindOrDefault() == SessionKind.SOCLE && !body.intentionIdsOrEmpty().isEmpty()) {
                violations.add(new Violation("hiring_intention_ids", "must be empty for a socle session"));
            }
            if (body.intentionIdsOrEmpty().stream().distinct().count() < body.intentionIdsOrEmpty().size()) {
                violations.add(new Violation("hiring_intention_ids", "lists an intention twice"));
            }
        }
        BodyValidator.refuseIfAny(violations);
    }

    private Groupements.LotFacts lot(String code) {
        return groupements.lot(code).orElseThrow(() -> ApiProblem.invalid("lot_code", "is not a lot of GET /api/v1/lots"));
    }

    // --- purchase order -------------------------------------------------------------------------------

    /** §9: the order goes to the lot's mandataire whoever submitted; §8: at the lot's price per trainee-hour. */
    private void issueOrder(SessionRequest request, Groupements.LotFacts lot, OffsetDateTime now) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.number = orders.nextNumber(now.getYear());
        order.sessionRequestId = request.id;
        order.lotCode = lot.code();
        order.mandataireSiret = lot.mandataireSiret();
        order.paths = request.places;
        order.hours = request.plannedHours;
        order.sessionIds.add(request.id);
        order.pricePerTraineeHour = lot.pricePerTraineeHour();
        order.traineeHours = java.math.BigDecimal.valueOf((long) request.plannedHours * request.places);
        order.amount = fr.paysdelaloire.emploiformation.reference.LotPrice.amount(order.traineeHours, order.pricePerTraineeHour);
        order.status = PurchaseOrderStatus.ISSUED;
        order.issuedAt = now;
        orders.persist(order);
    }

    /** A complementary order (§5, §7): the session joins an existing order of the same lot. */
    private void addToOrder(SessionRequest request, UUID orderId) {
        PurchaseOrder order = orders.findForUpdate(orderId)
                .orElseThrow(() -> ApiProblem.invalid("purchase_order_id", "is not a purchase order"));
        if (!order.lotCode.equals(request.lotCode)) {
            throw new ApiProblem(fr.paysdelaloire.emploiformation.api.ProblemType.UNPROCESSABLE,
                    "An order covers sessions of one lot only: order " + order.number + " is for lot " + order.lotCode
                            + " (FAQ §7, §8: one price per trainee-hour for the lot's sessions)");
        }
        if (order.status != PurchaseOrderStatus.ISSUED) {
            throw ApiProblem.conflict("Purchase order " + order.number + " is " + order.status);
        }
        order.sessionIds.add(request.id);
        order.paths += request.places;
        order.traineeHours = order.traineeHours.add(java.math.BigDecimal.valueOf((long) request.plannedHours * request.places));
        order.amount = fr.paysdelaloire.emploiformation.reference.LotPrice.amount(order.traineeHours, order.pricePerTraineeHour);
    }

    // --- mapping --------------------------------------------------------------------------------------

    private void fill(SessionRequest request, SessionRequestBody body, OffsetDateTime now) {
        request.title = body.title().strip();
        request.trainingSector = body.trainingSector();
        request.certificationKind = body.certification().kind();
        request.certificationCode = body.certification().code() == null || body.certification().code().isBlank() ? null
                : body.certification().code();
        request.formacode = body.formacode();
        request.plannedHours = body.plannedHours();
        request.startDate = body.startDate();
        request.endDate = body.endDate();
        request.locations = json.write(body.locations());
        SessionRequestBody.Modalities modalities = body.modalitiesOrDefault();
        request.afest = modalities.afest();
        request.partTime = modalities.partTime();
        request.permanentEntry = modalities.permanentEntry();
        request.completesExistingGroup = modalities.completesExistingGroup();
        request.preparatoryPhase = modalities.preparatoryPhase();
        request.places = body.places();
        request.intentionIds.clear();
        request.intentionIds.addAll(body.intentionIdsOrEmpty());
        request.updatedAt = now;
    }

    private SessionRequestBody.Location[] locations(SessionRequest request) {
        return json.read(request.locations, SessionRequestBody.Location[].class);
    }

    private SessionRequestResponse response(SessionRequest r) {
        return new SessionRequestResponse(r.id, r.kind, r.lotCode, r.status,
                SessionLifecycle.allowedFrom(r.status).stream().map(SessionTransition::path).toList(),
                r.title, r.trainingSector, new SessionRequestBody.Certification(r.certificationKind, r.certificationCode),
                r.formacode, r.plannedHours, r.startDate, r.endDate, List.of(locations(r)),
                new SessionRequestBody.Modalities(r.afest, r.partTime, r.permanentEntry, r.completesExistingGroup, r.preparatoryPhase),
                List.copyOf(r.intentionIds), r.places, committedPositions(r), r.submitterSiret, r.mandataireSiret,
                r.mandataireInformedAt, r.evaluation == null ? null : json.read(r.evaluation, Evaluation.class),
                r.firstSubmittedAt, r.decidedAt, orders.findCovering(r.id).map(o -> o.id).orElse(null),
                r.createdAt, r.updatedAt, r.lastStatusChangeAt);
    }

    private Representation<SessionRequestResponse> answer(boolean created, SessionRequest request) {
        return new Representation<>(response(request), PATH + "/" + request.id, request.version, created, null);
    }

    private void recordChange(UUID id, SessionStatus from, SessionStatus to, String actor, OffsetDateTime at, String reason) {
        SessionHistoryEntry entry = new SessionHistoryEntry();
        entry.sessionRequestId = id;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        history.persist(entry);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " — " + b;
    }

}
