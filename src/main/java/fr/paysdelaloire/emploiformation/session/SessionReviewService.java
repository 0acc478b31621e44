package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * What the Region decides on a session after its authorisation (issue #19): an employer's withdrawal before the start,
 * which it analyses with the body (§6), and a trainee joining a formed group or replacing one who left (§5, §6). Each is
 * a review in the Region's instruction queue, decided once with its reason; the places, the purchase order, the order
 * book, the intentions, the publication and the partners follow in the decision's transaction.
 */
@ApplicationScoped
public class SessionReviewService {

    @Inject
    SessionAccess access;

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionReviewRepository reviews;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    SessionEvents events;

    @Inject
    SessionTransitions transitions;

    @Inject
    PurchaseOrderService orders;

    @Inject
    IntentionLedger ledger;

    @Inject
    Instance<SessionPaths> sessionPaths;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    @Inject
    Json json;

    @Inject
    Event<SessionChanged> changes;

    /** The reviews of a session, oldest first: for the Region and the bodies that run it (404 for anyone else). */
    @Transactional
    public SessionReviewsResponse list(UUID sessionId) {
        access.visible(sessionId);
        return new SessionReviewsResponse(reviews.of(sessionId).stream().map(SessionReviewResponse::of).toList());
    }

    /**
     * An employer withdrew from an authorised session not yet started (§6): the places stay as they are until the
     * Region decides; the rules are evaluated again for it to see (group size, places, §5, §9). In the withdrawal's
     * transaction.
     */
    void withdrawalOpened(SessionRequest request, UUID intentionId, int positions, String actor, OffsetDateTime now) {
        SessionReview review = opened(new SessionReview(), request, SessionReviewRules.Kind.WITHDRAWAL, intentionId, positions,
                null, actor, now);
        request.evaluation = json.write(evaluator.evaluate(request));
        request.updatedAt = now;
        history.record(request.id, request.status, request.status, actor, now, "Désistement d'un employeur (intention "
                + intentionId + ", " + positions + " poste(s)) : la Région analyse la situation avec l'organisme (§6) ; les "
                + request.places + " places restent jusqu'à sa décision (analyse " + review.id + ")");
        events.reviewOpened(request, review);
    }

    /**
     * The body that made the request asks the Region about its authorised or started session: a new eligible intention
     * to attach (JOINING, §5, §6; the intention is held for it, no other request may take it, until the Region decides),
     * or extra hours to complete the paths (EXTRA_HOURS, §6, §7).
     */
    public Representation<SessionReviewResponse> ask(UUID sessionId, ReviewRequestBody body) {
        validation.check(body);
        if (body.kind() == SessionReviewRules.Kind.WITHDRAWAL) {
            throw ApiProblem.invalid("kind", "must be JOINING or EXTRA_HOURS: a withdrawal is recorded on the hiring intention");
        }
        boolean joining = body.kind() == SessionReviewRules.Kind.JOINING;
        if (joining ? body.hiringIntentionId() == null : body.extraHours() == null) {
            throw ApiProblem.invalid(joining ? "hiring_intention_id" : "extra_hours", "is required for " + body.kind());
        }
        String actor = caller.requireOrganisation();
        return Retries.inTransaction(() -> {
            SessionRequest request = access.writable(sessionId);
            access.submitterOnly(request, joining ? "asks for a trainee to join" : "asks for extra hours for");
            String refusal = joining ? SessionReviewRules.joiningRefusal(request.status, request.kind)
                    : SessionReviewRules.extraHoursRefusal(request.status);
            if (refusal != null) {
                throw ApiProblem.conflict(refusal);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            SessionReview review = joining ? joining(request, body, actor, now) : extraHours(request, body, actor, now);
            request.updatedAt = now;
            events.reviewOpened(request, review);
            reviews.flush();
            return Representation.created(SessionReviewResource.PATH.replace("{id}", request.id.toString()) + "/" + review.id,
                    null, SessionReviewResponse.of(review));
        });
    }

    private SessionReview joining(SessionRequest request, ReviewRequestBody body, String actor, OffsetDateTime now) {
        UUID intentionId = body.hiringIntentionId();
        ledger.attach(List.of(intentionId), request.submitterSiret, actor); // 404 for another body's, 409 when not free
        IntentionLedger.Summary intention = ledger.lookup(List.of(intentionId)).get(0);
        if (intention.eligibility() != Verdict.ELIGIBLE) {
            throw ApiProblem.conflict("Hiring intention " + intentionId + " is " + intention.eligibility()
                    + ": a trainee joins a formed group with an eligible intention (§5)");
        }
        SessionReview review = opened(new SessionReview(), request, SessionReviewRules.Kind.JOINING, intentionId,
                intention.positions(), body.reason().strip(), actor, now);
        history.record(request.id, request.status, request.status, actor, now, "Demande d'intégration d'un stagiaire "
                + "(intention " + intentionId + ", " + review.positions + " poste(s)) : la Région décide (§5, §6) — " + review.reason);
        return review;
    }

    private SessionReview extraHours(SessionRequest request, ReviewRequestBody body, String actor, OffsetDateTime now) {
        orders.requirePathsOf(request.id, body.pathIdsOrEmpty());
        SessionReview review = new SessionReview();
        review.extraHours = body.extraHours();
        review.pathIds = body.pathIdsOrEmpty().toArray(UUID[]::new);
        opened(review, request, SessionReviewRules.Kind.EXTRA_HOURS, null, 0, body.reason().strip(), actor, now);
        history.record(request.id, request.status, request.status, actor, now, "Demande d'heures complémentaires : "
                + review.extraHours + " h par parcours, " + (review.pathIds.length == 0 ? "pour toutes les places"
                        : review.pathIds.length + " parcours") + " : la Région décide (§6, §7) — " + review.reason);
        return review;
    }

    /** The Region's motivated decision on an open review; the session, its order and its intentions follow. */
    public Representation<SessionReviewResponse> decide(UUID sessionId, UUID reviewId, ReviewDecisionBody body) {
        validation.check(body);
        String actor = caller.requireOrganisation();
        return Retries.inTransaction(() -> {
            SessionRequest request = access.writable(sessionId);
            SessionReview review = reviews.findForUpdate(sessionId, reviewId)
                    .orElseThrow(() -> ApiProblem.notFound("Review " + reviewId + " of session request " + sessionId));
            if (!review.open()) {
                throw ApiProblem.conflict("This review was decided on " + review.decidedAt + ": " + review.decision);
            }
            String conflict = SessionReviewRules.decisionConflict(review.kind, body.decision(), request.status);
            if (conflict != null) {
                throw ApiProblem.conflict(conflict);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String why = body.reason().strip();
            int placesBefore = request.places;
            SessionStatus from = request.status;
            String note = switch (body.decision()) {
                case KEEP_PLACES -> "Les " + request.places + " places sont maintenues : l'organisme cherche un autre employeur (§6)";
                case REDUCE_PLACES -> reduced(request, body, why, actor, now);
                case CANCEL_SESSION -> "Session annulée par la Région avant son démarrage (§6) — " + transitions.cancel(request, actor, now, review.id);
                case ACCEPTED -> review.kind == SessionReviewRules.Kind.JOINING ? accepted(request, review, body, why, actor, now)
                        : grantedHours(request, review, why, actor, now);
                case REFUSED -> review.kind == SessionReviewRules.Kind.JOINING ? refused(review, actor) : "la commande reste inchangée";
            };
            decided(review, body.decision(), why, placesBefore, request.places, actor, now);
            request.updatedAt = now;
            if (request.status != SessionStatus.CANCELLED) {
                request.evaluation = json.write(evaluator.evaluate(request));
            }
            history.record(request.id, from, request.status, actor, now, switch (review.kind) {
                case WITHDRAWAL -> "Analyse du désistement (intention " + review.intentionId + ")";
                case JOINING -> "Intégration d'un stagiaire (intention " + review.intentionId + ")";
                case EXTRA_HOURS -> "Heures complémentaires (" + review.extraHours + " h par parcours)";
            } + " : " + body.decision() + " — " + note + " — " + why);
            events.reviewDecided(request, review);
            requests.flush();
            changes.fire(new SessionChanged(request.id));
            return Representation.read(null, SessionReviewResponse.of(review));
        });
    }

    /**
     * The session ended (cancelled, or completed) with reviews still open: none can be decided otherwise any more. Open
     * joinings are refused, their intentions free again; open withdrawals are closed with what happened to the session.
     * In the ending's transaction; the history says so.
     */
    void closeOpen(SessionRequest request, String actor, OffsetDateTime now, String why, UUID except) {
        for (SessionReview review : reviews.list("sessionRequestId = ?1 and decidedAt is null", request.id)) {
            if (review.id.equals(except)) {
                continue;
            }
            decided(review, SessionReviewRules.closedBy(review.kind, request.status), why, request.places, request.places, actor, now);
            if (review.kind == SessionReviewRules.Kind.JOINING) {
                ledger.release(List.of(review.intentionId), actor, "Intégration dans la session close : " + why);
            }
            history.record(request.id, request.status, request.status, actor, now, "Analyse " + review.id + " close ("
                    + review.decision + ") : " + why);
            events.reviewDecided(request, review);
        }
    }

    private SessionReview opened(SessionReview review, SessionRequest request, SessionReviewRules.Kind kind, UUID intentionId,
            int positions, String reason, String actor, OffsetDateTime now) {
        review.id = UUID.randomUUID();
        review.sessionRequestId = request.id;
        review.kind = kind;
        review.intentionId = intentionId;
        review.positions = positions;
        review.reason = reason;
        review.openedBy = actor;
        review.openedAt = now;
        reviews.persist(review);
        return review;
    }

    private static void decided(SessionReview review, SessionReviewRules.Decision decision, String why, int placesBefore,
            int placesAfter, String actor, OffsetDateTime now) {
        review.decision = decision;
        review.decisionReason = why;
        review.placesBefore = placesBefore;
        review.placesAfter = placesAfter;
        review.decidedBy = actor;
        review.decidedAt = now;
    }

    /** §9: as many paths as hiring intentions; the order loses the places taken off (§7, §8). */
    private String reduced(SessionRequest request, ReviewDecisionBody body, String why, String actor, OffsetDateTime now) {
        int after = body.places() != null ? body.places() : evaluator.committedPositions(request);
        long filled = sessionPaths.stream().mapToLong(paths -> paths.filledPlaces(request.id)).sum();
        String refusal = SessionReviewRules.reductionRefusal(request.places, after, filled);
        if (refusal != null) {
            throw ApiProblem.invalid("places", refusal);
        }
        int before = request.places;
        orders.reduce(request.id, before - after, request.plannedHours, why, actor, now);
        request.places = after;
        return "places " + before + " → " + after + ", commande réduite de " + ((long) (before - after) * request.plannedHours)
                + " heures-stagiaires (§9, §7)";
    }

    /** §5: the intention joins the group; the free places fill first, the rest are added to the order (§7). */
    private String accepted(SessionRequest request, SessionReview review, ReviewDecisionBody body, String why, String actor,
            OffsetDateTime now) {
        IntentionLedger.Summary intention = ledger.lock(review.intentionId);
        if (!intention.committed()) {
            throw ApiProblem.conflict("Hiring intention " + review.intentionId + " is " + intention.status() + ": it cannot join");
        }
        if (request.id.equals(body.hoursFromSessionRequestId())) {
            throw ApiProblem.invalid("hours_from_session_request_id", "must be another session of the lot");
        }
        int committedBefore = evaluator.committedPositions(request);
        int after = SessionReviewRules.placesAfterJoining(request.places, committedBefore, intention.positions());
        int added = after - request.places;
        request.intentionIds.add(review.intentionId);
        ledger.cover(List.of(review.intentionId), actor);
        ledger.classify(List.of(review.intentionId), request.trainingSector.name());
        if (added > 0) {
            orders.joined(request.id, added, request.plannedHours, body.hoursFromSessionRequestId(), why, actor, now);
            int before = request.places;
            request.places = after;
            return "intention rattachée, places " + before + " → " + after + (body.hoursFromSessionRequestId() == null
                    ? ", commande augmentée" : ", heures prises à la session " + body.hoursFromSessionRequestId() + " du lot (§7)");
        }
        return "intention rattachée sur une place libre (" + request.places + " places)";
    }

    /** §6, §7: the paths are completed; the order is amended with the extra hours (EXTRA_HOURS). */
    private String grantedHours(SessionRequest request, SessionReview review, String why, String actor, OffsetDateTime now) {
        orders.extraHours(request.id, review.extraHours, List.of(review.pathIds), why, actor, now);
        return "commande augmentée de " + review.extraHours + " h par parcours (§7)";
    }

    private String refused(SessionReview review, String actor) {
        ledger.release(List.of(review.intentionId), actor, "Intégration dans la session refusée par la Région");
        return "l'intention reste libre";
    }
}
