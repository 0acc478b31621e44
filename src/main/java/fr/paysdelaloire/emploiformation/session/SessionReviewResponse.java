package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionReview", description = "An item the Region decides on an authorised session (analyse de situation): an "
        + "employer's withdrawal before the start (§6) or a trainee joining the group (§5, §6).")
public record SessionReviewResponse(
        UUID id,
        UUID sessionRequestId,
        @Schema(examples = "WITHDRAWAL") SessionReviewRules.Kind kind,
        @Schema(description = "The intention withdrawn, or the one asking to join.") UUID hiringIntentionId,
        @Schema(description = "The positions that intention commits.", examples = "1") int positions,
        @Schema(examples = "training-body:44229377500031") String openedBy,
        OffsetDateTime openedAt,
        String reason,
        @Schema(description = "OPEN until the Region decides, then DECIDED.", examples = "OPEN") String status,
        @Schema(description = "Null while open.") SessionReviewRules.Decision decision,
        String decisionReason,
        @Schema(description = "Places before and after the decision.", examples = "5") Integer placesBefore,
        @Schema(examples = "4") Integer placesAfter,
        String decidedBy,
        OffsetDateTime decidedAt) {

    static SessionReviewResponse of(SessionReview r) {
        return new SessionReviewResponse(r.id, r.sessionRequestId, r.kind, r.intentionId, r.positions, r.openedBy, r.openedAt,
                r.reason, r.open() ? "OPEN" : "DECIDED", r.decision, r.decisionReason, r.placesBefore, r.placesAfter,
                r.decidedBy, r.decidedAt);
    }
}
