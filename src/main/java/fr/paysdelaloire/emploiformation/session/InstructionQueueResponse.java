package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstructionQueue", description = "Requests waiting for the Region, by order of arrival (§9), and the reviews "
        + "of authorised sessions it has to decide (withdrawals, §6; joinings, §5).")
public record InstructionQueueResponse(List<Entry> items,
        @Schema(description = "Open reviews of authorised or started sessions, oldest first.") List<Review> reviews) {

    @Schema(name = "InstructionQueueReview")
    public record Review(
            @Schema(description = "Place among the reviews, from 1.") int position,
            UUID reviewId, UUID sessionRequestId, String lotCode, String title, SessionStatus status,
            @Schema(examples = "WITHDRAWAL") SessionReviewRules.Kind kind, UUID hiringIntentionId,
            @Schema(description = "The positions that intention commits.") int positions,
            @Schema(description = "The session's funded places.", examples = "5") int places,
            @Schema(description = "Positions the session's remaining intentions commit.", examples = "4") int committedPositions,
            @Schema(description = "The group-size rule evaluated now (§5): under five, whether an exception holds or the body "
                    + "declared its financial balance.") fr.paysdelaloire.emploiformation.rules.RuleResult groupSize,
            OffsetDateTime openedAt,
            @Schema(description = "Whole days since it was opened.", examples = "1") long daysWaited) {
    }

    @Schema(name = "InstructionQueueEntry")
    public record Entry(
            @Schema(description = "Place in the queue, from 1.") int position,
            UUID id, String lotCode, String title, SessionStatus status, int places,
            @Schema(description = "Its attached intentions, not withdrawn, without an immersion step (§6): acceptable, to "
                    + "weigh in the instruction.", examples = "0") int intentionsWithoutImmersion,
            @Schema(description = "First submission: a request sent back for information keeps its place.") OffsetDateTime firstSubmittedAt,
            @Schema(description = "Whole days since the first submission.", examples = "3") long daysWaited) {
    }
}
