package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.BusinessMetrics;
import fr.paysdelaloire.emploiformation.api.Idempotency;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Problem.Violation;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * Receiving hiring intentions (§6): recorded whatever their eligibility, evaluated at once, never twice for one sender's
 * {@code external_id}; and the dry run, which stores nothing.
 */
@ApplicationScoped
public class IntentionIntake {

    /** The operation an {@code Idempotency-Key} is scoped to (stored with each answer: do not change). */
    static final String OPERATION = "POST " + IntentionResource.PATH;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    IntentionAccess access;

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
    BodyValidator bodies;

    @Inject
    Idempotency idempotency;

    @Inject
    BusinessMetrics metrics;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    /** The evaluation a POST would give, nothing stored. */
    @Transactional
    public Evaluation dryRun(IntentionBody request) {
        String sender = caller.requireOrganisation();
        IntentionBody intention = checked(sender, request);
        return evaluations.dryRun(intention, access.scope());
    }

    /**
     * Records an intention whatever its eligibility. The same external_id from the same sender never
     * makes a second record: a replay answers 200 with it, other content under that id 409.
     */
    public Representation<IntentionResponse> create(IntentionBody request, String idempotencyKey) {
        String sender = caller.requireOrganisation();
        IntentionBody intention = checked(sender, request);
        String contentHash = json.fingerprint(intention);
        AtomicReference<String> recorded = new AtomicReference<>();
        Representation<IntentionResponse> answer = Retries.inTransaction(() -> {
            recorded.set(null);
            return idempotency.run(sender, idempotencyKey, OPERATION, contentHash, () -> {
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

    private Representation<IntentionResponse> insert(String sender, IntentionBody intention, String contentHash, HiringIntention[] inserted) {
        // Lock first: a concurrent duplicate then finds the row this transaction commits.
        intentions.lockEmployer(intention.employer().siret());
        var existing = intentions.recordedUnder(sender, intention.externalId());
        if (existing.isPresent()) {
            if (existing.get().contentHash().equals(contentHash)) {
                return mapper.written(intentions.findById(existing.get().id()), false);
            }
            throw ApiProblem.conflictWith("You already sent another intention under external_id " + intention.externalId()
                    + ": correct it with PUT on the related resource, or use a new external_id", IntentionResource.PATH + "/" + existing.get().id());
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
        mapper.fill(recorded, intention, contentHash, evaluation, now);
        recorded.status = IntentionStatus.evaluated(evaluation.outcome());
        recorded.lastStatusChangeAt = now;
        intentions.insert(recorded); // prepared JDBC (P1): the intention is not managed, and only read from here on
        timeline.begin(recorded, sender);
        events.decided(recorded);
        if (recorded.openNeed()) {
            needEvents.raised(recorded);
        }
        return mapper.created(recorded, evaluation);
    }

    /** Validated and normalised, or 400 listing every bad field; 403 when a training body names another body. */
    IntentionBody checked(String sender, IntentionBody request) {
        List<Violation> violations = bodies.violations(request);
        if (request != null) {
            violations.addAll(IntentionRules.check(request, LocalDate.now(clock)));
        }
        BodyValidator.refuseIfAny(violations);
        IntentionAccess.maySend(sender, request);
        return IntentionMapper.normalised(request);
    }
}
