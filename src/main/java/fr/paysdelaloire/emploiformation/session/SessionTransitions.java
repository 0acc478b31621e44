package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.BusinessMetrics;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.RuleResult;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * The life cycle of a session request: each {@link SessionTransition} checked ({@link SessionTransition#LIFECYCLE}),
 * then what it does besides moving the status, one method each; the history, the partners and the counters told.
 */
@ApplicationScoped
public class SessionTransitions {

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionAccess access;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    SessionMapper mapper;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionEvents events;

    @Inject
    PurchaseOrderService orders;

    @Inject
    IntentionLedger ledger;

    @Inject
    SessionReviewService reviews;

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
    BusinessMetrics metrics;

    public Representation<SessionRequestResponse> apply(UUID id, SessionTransition transition, TransitionBody body, String ifMatch) {
        String actor = caller.requireOrganisation();
        String reason = body == null ? null : body.reasonOrNull();
        if (transition.reasonRequired() && reason == null) {
            throw ApiProblem.invalid("reason", "is required to " + transition.path());
        }
        if (body != null) {
            validation.check(body);
        }
        AtomicReference<Duration> waited = new AtomicReference<>();
        Representation<SessionRequestResponse> done = Retries.inTransaction(() -> {
            SessionRequest request = access.writable(id);
            if (SessionRequestRules.submitterActs(transition)) {
                access.submitterOnly(request, transition.path() + "s");
            }
            SessionAccess.precondition(request, ifMatch);
            OffsetDateTime now = OffsetDateTime.now(clock);
            SessionStatus from = request.apply(transition, now);
            String recorded = switch (transition) {
                case SUBMIT -> submitted(request, now);
                case AUTHORISE -> authorised(request, body, actor, now);
                case REJECT -> rejected(request, now);
                case CANCEL -> cancelled(request);
                case COMPLETE -> completed(request, actor);
                case START -> started(request, body);
                case WITHDRAW, START_REVIEW, REQUEST_INFORMATION -> null;
            };
            if (transition.endsWithoutSession()) {
                recorded = join(recorded, freed(request, actor, endedBecause(transition)));
            }
            if (transition == SessionTransition.CANCEL || transition == SessionTransition.COMPLETE) {
                reviews.closeOpen(request, actor, now, transition == SessionTransition.CANCEL
                        ? "la session a été annulée par l'organisme" : "la session est terminée", null);
            }
            history.record(request.id, from, request.status, actor, now, join(reason, recorded));
            events.changed(request, from, transition);
            requests.flush();
            changes.fire(new SessionChanged(request.id));
            waited.set(request.firstSubmittedAt == null ? null : Duration.between(request.firstSubmittedAt, now));
            return mapper.written(request, false);
        });
        if (transition == SessionTransition.AUTHORISE || transition == SessionTransition.REJECT) {
            metrics.sessionDecided(transition.to().name(), waited.get());
        }
        return done;
    }

    /** The rules are evaluated; an INELIGIBLE request is refused (422); a co-traitant's mandataire is informed (§9). */
    private String submitted(SessionRequest request, OffsetDateTime now) {
        Evaluation evaluation = evaluator.evaluate(request);
        if (evaluation.outcome() == Verdict.INELIGIBLE) {
            throw ApiProblem.refusedByRules("The session request cannot be submitted: " + SessionEvaluator.failing(evaluation), evaluation);
        }
        request.subcontractorApprovalId = evaluator.approvalReliedOn(request);
        request.evaluation = json.write(evaluation);
        if (request.firstSubmittedAt == null) {
            request.firstSubmittedAt = now;
        }
        request.lastSubmittedAt = now;
        if (!request.submitterSiret.equals(request.mandataireSiret) && request.mandataireInformedAt == null) {
            // §9: a co-traitant sends its request to the Region directly, the mandataire being informed first.
            request.mandataireInformedAt = now;
            return "Mandataire " + request.mandataireSiret + " informé (§9)";
        }
        return null;
    }

    /** §7, §9: every rule passes; the purchase order is issued (or a complementary one joined); the intentions are covered. */
    private String authorised(SessionRequest request, TransitionBody body, String actor, OffsetDateTime now) {
        Evaluation evaluation = evaluator.evaluate(request);
        if (evaluation.outcome() != Verdict.ELIGIBLE) {
            throw ApiProblem.refusedByRules("The session cannot be authorised: " + SessionEvaluator.failing(evaluation), evaluation);
        }
        request.subcontractorApprovalId = evaluator.approvalReliedOn(request);
        request.evaluation = json.write(evaluation);
        request.decidedAt = now;
        ledger.decided(request.intentionIds, waitedFor(request, now));
        if (body != null && body.purchaseOrderId() != null) {
            orders.addTo(body.purchaseOrderId(), request);
        } else {
            orders.issueFor(request, evaluator.lot(request.lotCode), now);
        }
        ledger.cover(request.intentionIds, actor);
        return null;
    }

    /**
     * §5: "le minimum pour ouvrir une session est fixé à cinq stagiaires": the group is counted again at the start, as
     * withdrawals may have shrunk it; under five it starts with an exception, or with the body's declaration of its
     * financial balance (given now or before), else 422.
     */
    private String started(SessionRequest request, TransitionBody body) {
        if (body != null && FreeText.orNull(body.financialBalance()) != null) {
            request.financialBalance = FreeText.orNull(body.financialBalance());
        }
        Evaluation evaluation = evaluator.evaluate(request);
        RuleResult group = evaluation.rule(SessionRequestRules.GROUP_SIZE);
        if (group.outcome() != RuleOutcome.PASS) {
            throw ApiProblem.refusedByRules("The session cannot start: " + group.message() + " (FAQ §5)", evaluation);
        }
        request.evaluation = json.write(evaluation);
        return "Effectif au démarrage (§5) : " + group.message();
    }

    private String rejected(SessionRequest request, OffsetDateTime now) {
        request.decidedAt = now;
        ledger.decided(request.intentionIds, waitedFor(request, now));
        return null;
    }

    /** Cancelled before the start: an order covering only this session is cancelled. */
    private String cancelled(SessionRequest request) {
        orders.cancelWith(request.id);
        return null;
    }

    /**
     * The Region cancels an authorised session after analysing a withdrawal (§6): as a cancellation by its body, the order
     * covering only it is cancelled and its intentions are free again. The caller records the history; says what was freed.
     */
    String cancel(SessionRequest request, String actor, OffsetDateTime now, UUID decided) {
        request.apply(SessionTransition.CANCEL, now);
        cancelled(request);
        reviews.closeOpen(request, actor, now, "la Région a annulé la session (analyse " + decided + ")", decided);
        String freed = freed(request, actor, endedBecause(SessionTransition.CANCEL));
        return freed == null ? "aucune intention à libérer" : freed;
    }

    /** The session's paths end with it, and so do the employers' commitments to its body (§6). */
    private String completed(SessionRequest request, String actor) {
        completions.fire(new SessionCompleted(request.id, actor));
        ledger.sessionEnded(request.intentionIds, actor); // the employers' commitments end with the session (§6)
        return null;
    }

    /** Why a request that ended without a session frees its intentions, as their history says (§6). */
    private static String endedBecause(SessionTransition transition) {
        return switch (transition) {
            case REJECT -> "Demande de session rejetée par la Région";
            case WITHDRAW -> "Demande de session retirée par l'organisme";
            case CANCEL -> "Session annulée avant son démarrage";
            default -> throw new IllegalArgumentException(transition + " does not end a request without a session");
        };
    }

    /** The request ended without a session: its intentions are free for another request (§6); says which. */
    private String freed(SessionRequest request, String actor, String why) {
        List<UUID> freed = List.copyOf(request.intentionIds);
        ledger.release(freed, actor, why);
        request.intentionIds.clear();
        return freed.isEmpty() ? null : "Intentions libérées : " + freed.stream().map(UUID::toString).collect(Collectors.joining(", "));
    }

    /** How long the request waited for the Region's decision, from its first submission (§7, §9). */
    private static Duration waitedFor(SessionRequest request, OffsetDateTime now) {
        return request.firstSubmittedAt == null ? Duration.ZERO : Duration.between(request.firstSubmittedAt, now);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " — " + b;
    }
}
