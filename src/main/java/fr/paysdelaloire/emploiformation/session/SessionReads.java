package fr.paysdelaloire.emploiformation.session;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.QueryParams;
import fr.paysdelaloire.emploiformation.api.Representation;

/** Reading session requests, as {@link SessionAccess} lets the caller: one, a list, a history, the Region's queue. */
@ApplicationScoped
public class SessionReads {

    @Inject
    SessionRequestRepository requests;

    @Inject
    SessionHistoryRepository history;

    @Inject
    SessionAccess access;

    @Inject
    SessionMapper mapper;

    @Inject
    Clock clock;

    @Inject
    SessionReviewRepository reviews;

    @Inject
    SessionEvaluator evaluator;

    @Transactional
    public Representation<SessionRequestResponse> get(UUID id) {
        SessionRequest request = access.visible(id);
        return Representation.read(request.version, mapper.response(request));
    }

    @Transactional
    public List<SessionRequestResponse> list(String status) {
        SessionStatus filter = QueryParams.single("status", status, SessionStatus.class);
        return requests.visibleTo(access.listedFor(), filter).stream().map(mapper::response).toList();
    }

    @Transactional
    public SessionHistoryResponse history(UUID id) {
        access.visible(id);
        return new SessionHistoryResponse(history.of(id).stream()
                .map(e -> new SessionHistoryResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    /** The Region's instruction queue, in order of first submission (§9). */
    @Transactional
    public InstructionQueueResponse queue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<InstructionQueueResponse.Entry> entries = new ArrayList<>();
        for (SessionRequest request : requests.queue()) {
            entries.add(new InstructionQueueResponse.Entry(entries.size() + 1, request.id, request.lotCode, request.title,
                    request.status, request.places, evaluator.attached(request).withoutImmersion(), request.firstSubmittedAt,
                    Duration.between(request.firstSubmittedAt, now).toDays()));
        }
        List<InstructionQueueResponse.Review> open = new ArrayList<>();
        for (SessionReview review : reviews.open()) {
            SessionRequest request = requests.findById(review.sessionRequestId);
            fr.paysdelaloire.emploiformation.rules.RuleResult groupSize = evaluator.evaluate(request).rules().stream()
                    .filter(r -> r.rule().equals(SessionRequestRules.GROUP_SIZE)).findFirst().orElseThrow();
            open.add(new InstructionQueueResponse.Review(open.size() + 1, review.id, request.id, request.lotCode, request.title,
                    request.status, review.kind, review.intentionId, review.positions, request.places,
                    evaluator.committedPositions(request), groupSize, review.openedAt,
                    Duration.between(review.openedAt, now).toDays()));
        }
        return new InstructionQueueResponse(entries, open);
    }
}
