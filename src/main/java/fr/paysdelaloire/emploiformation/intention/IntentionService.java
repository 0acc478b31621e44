package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.BusinessMetrics;
import fr.paysdelaloire.emploiformation.api.ETags;
import fr.paysdelaloire.emploiformation.api.Idempotency;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Paging;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.derogation.Derogations;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.validation.Siret;

/** Use cases of hiring intentions: intake, dry run, correction, withdrawal, reads scoped to the caller. */
@ApplicationScoped
public class IntentionService {

    public static final String PATH = "/api/v1/hiring-intentions";
    static final int MAX_PAGE_SIZE = 100;
    /** The list counts matching intentions up to this many (see {@link IntentionPage#total()}). */
    public static final int COUNT_CAP = 1000;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionHistoryRepository history;

    @Inject
    BodyValidator bodies;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    BusinessMetrics metrics;

    @Inject
    Event<IntentionWithdrawn> withdrawals;

    @Inject
    IntentionEvents events;

    @Inject
    IntentionEvaluation evaluations;

    @Inject
    IntentionTimeline timeline;

    @Inject
    Derogations derogations;

    @Inject
    Arbitrations arbitrations;

    /** The evaluation a POST would give, nothing stored. */
    @Transactional
    public Evaluation dryRun(IntentionRequest request) {
        String sender = caller.requireOrganisation();
        IntentionRequest intention = checked(sender, request);
        return evaluations.dryRun(intention, scope());
    }

    /**
     * Records an intention whatever its eligibility. The same external_id from the same sender never
     * makes a second record: a replay answers 200 with it, other content under that id 409.
     */
    public Representation<IntentionResponse> create(IntentionRequest request, String idempotencyKey) {
        String sender = caller.requireOrganisation();
        IntentionRequest intention = checked(sender, request);
        String contentHash = json.fingerprint(intention);
        java.util.concurrent.atomic.AtomicReference<String> recorded = new java.util.concurrent.atomic.AtomicReference<>();
        Representation<IntentionResponse> answer = Retries.inTransaction(() -> {
            recorded.set(null);
            return idempotency.run(sender, idempotencyKey, "POST " + PATH, contentHash, () -> {
                HiringIntention[] inserted = new HiringIntention[1];
                Representation<IntentionResponse> written = insert(sender, intention, contentHash, inserted);
                recorded.set(written.created() ? inserted[0].eligibilityOutcome.name() : null);
                return written;
            });
        });
        if (recorded.get() != null) {
            // counted once committed, and once per intention: replays and retries do not count again
            metrics.intentionReceived(recorded.get());
        }
        return answer;
    }

    private Representation<IntentionResponse> insert(String sender, IntentionRequest intention, String contentHash, HiringIntention[] inserted) {
        // Lock first: a concurrent duplicate then finds the row this transaction commits.
        intentions.lockEmployer(intention.employer().siret());
        var existing = intentions.findBySenderAndExternalId(sender, intention.externalId());
        if (existing.isPresent()) {
            HiringIntention recorded = existing.get();
            if (recorded.contentHash.equals(contentHash)) {
                return answer(false, recorded);
            }
            throw ApiProblem.conflictWith("You already sent another intention under external_id " + intention.externalId()
                    + ": correct it with PUT on the related resource, or use a new external_id", PATH + "/" + recorded.id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        HiringIntention recorded = new HiringIntention();
        recorded.id = UUID.randomUUID();
        recorded.sender = sender;
        recorded.createdAt = now;
        inserted[0] = recorded;
        // §6: a written intention of another body for this employer and training makes it CONTESTED, for the Region to
        // arbitrate; nothing is refused and no other body is named
        Evaluation evaluation = evaluations.of(intention, null, null);
        apply(recorded, intention, contentHash, evaluation, now);
        recorded.status = IntentionStatus.evaluated(evaluation.outcome());
        recorded.lastStatusChangeAt = now;
        intentions.persist(recorded);
        intentions.flush();
        timeline.begin(recorded, sender);
        events.decided(recorded);
        return answer(true, recorded);
    }

    /** The sender corrects its intention while no session request uses it; eligibility is evaluated again. */
    public Representation<IntentionResponse> update(UUID id, IntentionRequest request, String ifMatch) {
        String sender = caller.requireOrganisation();
        IntentionRequest intention = checked(sender, request);
        String contentHash = json.fingerprint(intention);
        return Retries.inTransaction(() -> {
            intentions.lockEmployer(intention.employer().siret());
            HiringIntention recorded = writable(id);
            if (!recorded.sender.equals(sender)) {
                throw ApiProblem.forbidden("Only the sender of a hiring intention corrects it");
            }
            if (!recorded.externalId.equals(intention.externalId())) {
                throw ApiProblem.invalid("external_id", "cannot change: it is how you name this intention");
            }
            precondition(recorded, ifMatch);
            if (!IntentionStatus.CORRECTABLE.contains(recorded.status)) {
                throw ApiProblem.conflict("This intention is " + recorded.status
                        + ": a session request uses it or it has ended, so it can no longer be corrected");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Commitments.Key before = Commitments.Key.of(recorded);
            String bodyBefore = recorded.trainingBodySiret;
            // a derogation asked for or granted on other facts (another contract, employer, place) counts no more
            List<Derogations.Lapsed> lapsed = derogations.lapseChanged(SubjectType.HIRING_INTENTION, recorded.id,
                    rule -> IntentionDerogationSubject.facts(rule, intention), "L'intention a été corrigée par son expéditeur");
            Evaluation evaluation = evaluations.of(intention, recorded.id, recorded.createdAt).withLapsed(Derogations.byRule(lapsed));
            apply(recorded, intention, contentHash, evaluation, now);
            for (Derogations.Lapsed derogation : lapsed) {
                timeline.note(recorded, sender, "Dérogation " + derogation.rule() + " ("
                        + derogation.id() + ") caduque : les faits sur lesquels elle a été " + (derogation.was()
                                == fr.paysdelaloire.emploiformation.derogation.DerogationStatus.GRANTED ? "accordée" : "demandée")
                        + " ont changé ; les règles sont évaluées sans elle");
                events.derogationLapsed(recorded, derogation.id(), derogation.rule());
            }
            IntentionStatus next = IntentionStatus.evaluated(evaluation.outcome());
            if (next != recorded.status) {
                timeline.move(recorded, next, sender, "Intention corrigée par l'expéditeur");
            }
            intentions.flush();
            events.decided(recorded);
            if (!before.equals(Commitments.Key.of(recorded)) || !bodyBefore.equals(recorded.trainingBodySiret)) {
                // it no longer speaks for that employer and training: what it held, or contested, is settled again
                arbitrations.lapseHeldBy(recorded, sender, "L'intention retenue a été corrigée (employeur, formation ou organisme)");
                intentions.lockEmployer(before.employerSiret());
                evaluations.reassess(before, recorded.id, sender, "Un engagement concurrent de l'employeur a été corrigé (§6)");
            }
            return answer(false, recorded);
        });
    }

    /** The employer pulls out (désistement, FAQ §6). */
    public Representation<IntentionResponse> withdraw(UUID id, WithdrawalRequest request, String ifMatch, String idempotencyKey) {
        String actor = caller.requireOrganisation();
        bodies.check(request);
        String fingerprint = json.fingerprint(List.of(id.toString(), request.reason().strip()));
        return Retries.inTransaction(() -> idempotency.run(actor, idempotencyKey, "POST " + PATH + "/withdraw", fingerprint,
                () -> {
                    // the employer first, as every write about it does (the one-training-body rule, §6), then the row
                    intentions.findByIdOptional(id).ifPresent(peeked -> intentions.lockEmployer(peeked.employerSiret));
                    HiringIntention recorded = writable(id);
                    precondition(recorded, ifMatch);
                    if (!recorded.status.canWithdraw()) {
                        throw ApiProblem.conflict("This intention is already " + recorded.status + ": it cannot be withdrawn");
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    timeline.move(recorded, IntentionStatus.WITHDRAWN, actor, request.reason().strip());
                    intentions.flush();
                    withdrawals.fire(new IntentionWithdrawn(recorded.id, actor));
                    // §6: the commitment ends with the intention; a competing one may now hold the employer
                    arbitrations.lapseHeldBy(recorded, actor, "L'intention retenue a été retirée (désistement)");
                    evaluations.reassess(Commitments.Key.of(recorded), recorded.id, actor,
                            "Un engagement concurrent de l'employeur a pris fin (§6)");
                    return answer(false, recorded);
                }));
    }

    @Transactional
    public Representation<IntentionResponse> get(UUID id) {
        HiringIntention recorded = visible(id);
        return Representation.read(recorded.version, response(recorded));
    }

    @Transactional
    public IntentionHistoryResponse history(UUID id) {
        visible(id);
        return new IntentionHistoryResponse(history.of(id).stream()
                .map(e -> new IntentionHistoryResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    /** The list's filters in a body (an employer's SIRET kept out of URLs); the answer links no URL. */
    @Transactional
    public IntentionPage search(IntentionSearch search) {
        bodies.check(search);
        IntentionPage page = list(search.status(), search.employerSiret(), search.updatedSince(), search.page(), search.size());
        return new IntentionPage(page.items(), page.total(), page.totalCapped(), page.page(), page.size(), null, page.nextPage());
    }

    @Transactional
    public IntentionPage list(String status, String employerSiret, String updatedSince, Integer page, Integer size) {
        List<Violation> violations = new ArrayList<>();
        IntentionStatus statusFilter = null;
        if (status != null) {
            try {
                statusFilter = IntentionStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("status", "must be one of " + EnumSet.allOf(IntentionStatus.class)));
            }
        }
        if (employerSiret != null && !Siret.isValid(employerSiret)) {
            violations.add(new Violation("employer_siret", "must be a SIRET: 14 digits with a valid check key"));
        }
        OffsetDateTime since = null;
        if (updatedSince != null) {
            try {
                since = OffsetDateTime.parse(updatedSince);
            } catch (DateTimeParseException e) {
                violations.add(new Violation("updated_since", "must be an ISO-8601 instant with offset, e.g. 2026-11-01T00:00:00Z"));
            }
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, violations);
        int pageNumber = paging.page();
        int pageSize = paging.size();
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        HiringIntentionRepository.Scope scope = scope();
        HiringIntentionRepository.Filter filter = new HiringIntentionRepository.Filter(statusFilter, employerSiret, since);
        long counted = intentions.total(scope, filter, COUNT_CAP);
        boolean capped = counted > COUNT_CAP;
        long total = Math.min(counted, COUNT_CAP);
        List<IntentionResponse> items = intentions.page(scope, filter, pageNumber, pageSize).stream().map(this::response).toList();
        String next = (long) (pageNumber + 1) * pageSize < total || capped && items.size() == pageSize
                ? PATH + "?page=" + (pageNumber + 1) + "&size=" + pageSize
                        + (status == null ? "" : "&status=" + status)
                        + (employerSiret == null ? "" : "&employer_siret=" + employerSiret)
                        + (updatedSince == null ? "" : "&updated_since=" + java.net.URLEncoder.encode(updatedSince, java.nio.charset.StandardCharsets.UTF_8))
                : null;
        return new IntentionPage(items, total, capped, pageNumber, pageSize, next, next == null ? null : pageNumber + 1);
    }

    // --- scoping --------------------------------------------------------------------------------------

    HiringIntentionRepository.Scope scope() {
        if (caller.isRegion()) {
            return new HiringIntentionRepository.Scope(true, null, null);
        }
        return new HiringIntentionRepository.Scope(false, caller.requireOrganisation(), caller.orgSiret().orElse(null));
    }

    /** The Region reads everything; a platform what it sent; a training body what it sent or what names it. */
    private boolean mayRead(HiringIntention intention) {
        if (caller.isRegion()) {
            return true;
        }
        String organisation = caller.organisation().orElse("");
        return intention.sender.equals(organisation)
                || caller.orgSiret().map(intention.trainingBodySiret::equals).orElse(false);
    }

    /** 404 rather than 403 for what the caller may not read: existence does not leak. */
    private HiringIntention visible(UUID id) {
        HiringIntention intention = intentions.findByIdOptional(id).orElse(null);
        if (intention == null || !mayRead(intention)) {
            throw ApiProblem.notFound("Hiring intention " + id);
        }
        return intention;
    }

    /** Locked for the change; 404 rather than 403 for what the caller may not read. */
    private HiringIntention writable(UUID id) {
        HiringIntention intention = intentions.findForUpdate(id).orElse(null);
        if (intention == null || !(mayRead(intention) || intention.sender.equals(caller.organisation().orElse("")))) {
            throw ApiProblem.notFound("Hiring intention " + id);
        }
        return intention;
    }

    /** A change needs the ETag the caller read: 428 without it, 412 when it is stale. */
    static void precondition(HiringIntention intention, String ifMatch) {
        ETags.requireCurrent(ifMatch, intention.version, "hiring intention", PATH + "/" + intention.id);
    }

    // --- rules ----------------------------------------------------------------------------------------

    /** Validated and normalised, or 400 listing every bad field; 403 when a body names another body. */
    private IntentionRequest checked(String sender, IntentionRequest request) {
        List<Violation> violations = bodies.violations(request);
        if (request != null) {
            violations.addAll(IntentionRules.check(request, LocalDate.now(clock)));
        }
        BodyValidator.refuseIfAny(violations);
        if (sender.startsWith(Roles.TRAINING_BODY + ":") && !sender.endsWith(":" + request.trainingBodySiret())) {
            throw ApiProblem.forbidden("A training body records the intentions made to it: training_body_siret must be your SIRET");
        }
        return normalised(request);
    }

    // --- mapping --------------------------------------------------------------------------------------

    private void apply(HiringIntention recorded, IntentionRequest intention, String contentHash, Evaluation evaluation,
            OffsetDateTime now) {
        recorded.externalId = intention.externalId();
        recorded.contentHash = contentHash;
        recorded.employerSiret = intention.employer().siret();
        recorded.employerName = intention.employer().name();
        recorded.employerDepartment = intention.employer().department();
        recorded.employerCommuneInsee = intention.employer().communeInsee();
        recorded.jobTitle = intention.job().title();
        recorded.jobRomeCode = intention.job().romeCode();
        recorded.positions = intention.positions();
        recorded.contractType = intention.contract().type();
        recorded.contractDurationMonths = intention.contract().durationMonths();
        recorded.contractWeeklyHours = intention.contract().weeklyHours();
        recorded.targetCertificationCode = intention.target().certificationCode();
        recorded.targetSkills = intention.target().skills();
        recorded.employerInvolvement = intention.involvementOrEmpty().stream().map(Enum::name).collect(Collectors.joining(","));
        IntentionRequest.Proof proof = intention.proof();
        recorded.proofChannel = proof == null ? null : proof.channel();
        recorded.proofReceivedOn = proof == null ? null : proof.receivedOn();
        recorded.proofReference = proof == null ? null : proof.reference();
        recorded.trainingBodySiret = intention.trainingBodySiret();
        recorded.eligibilityOutcome = evaluation.outcome();
        recorded.eligibility = json.write(evaluation);
        recorded.updatedAt = now;
    }

    private static IntentionRequest normalised(IntentionRequest r) {
        IntentionRequest.Target target = new IntentionRequest.Target(blankToNull(r.target().certificationCode()),
                blankToNull(r.target().skills()));
        IntentionRequest.Proof proof = r.proof() == null ? null
                : new IntentionRequest.Proof(r.proof().channel(), r.proof().receivedOn(), blankToNull(r.proof().reference()));
        return new IntentionRequest(r.externalId(),
                new IntentionRequest.Employer(r.employer().siret(), r.employer().name().strip(), r.employer().department(),
                        r.employer().communeInsee()),
                new IntentionRequest.Job(r.job().title().strip(), r.job().romeCode()),
                r.positions(),
                new IntentionRequest.Contract(r.contract().type(), r.contract().durationMonths(),
                        r.contract().weeklyHours().setScale(1, java.math.RoundingMode.UNNECESSARY)),
                target, r.involvementOrEmpty(), proof, r.trainingBodySiret());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private IntentionResponse response(HiringIntention recorded) {
        return IntentionResponse.of(recorded, json.read(recorded.eligibility, Evaluation.class));
    }

    private Representation<IntentionResponse> answer(boolean created, HiringIntention recorded) {
        return new Representation<>(response(recorded), PATH + "/" + recorded.id, recorded.version, created, null);
    }

}
