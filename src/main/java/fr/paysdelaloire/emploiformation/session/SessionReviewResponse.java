package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionReview", description = "An item the Region decides on an authorised session (analyse de situation): an "
        + "employer's withdrawal before the start (§6), a trainee joining the group (§5, §6), or extra hours to complete the paths "
        + "(§6, §7).")
public record SessionReviewResponse(
        UUID id,
        UUID sessionRequestId,
        @Schema(examples = "WITHDRAWAL") SessionReviewRules.Kind kind,
        @Schema(description = "The intention withdrawn, or the one asking to join; absent for extra hours.") UUID hiringIntentionId,
        @Schema(description = "The positions that intention commits (0 for extra hours).", examples = "1") int positions,
        @Schema(description = "EXTRA_HOURS: the hours asked for each path concerned.", examples = "70") Integer extraHours,
        @Schema(description = "EXTRA_HOURS: the paths concerned; empty for all the session's places.") java.util.List<UUID> pathIds,
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
        return new SessionReviewResponse(r.id, r.sessionRequestId, r.kind, r.intentionId, r.positions, r.extraHours,
                java.util.List.of(r.pathIds), r.openedBy, r.openedAt,
                r.reason, r.open() ? "OPEN" : "DECIDED", r.decision, r.decisionReason, r.placesBefore, r.placesAfter,
                r.decidedBy, r.decidedAt);
    }
}
