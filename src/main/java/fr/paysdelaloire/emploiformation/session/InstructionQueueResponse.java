package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstructionQueue", description = "Requests waiting for the Region, by order of arrival (§9).")
public record InstructionQueueResponse(List<Entry> items) {

    @Schema(name = "InstructionQueueEntry")
    public record Entry(
            @Schema(description = "Place in the queue, from 1.") int position,
            UUID id, String lotCode, String title, SessionStatus status, int places,
            @Schema(description = "First submission: a request sent back for information keeps its place.") OffsetDateTime firstSubmittedAt,
            @Schema(description = "Whole days since the first submission.", examples = "3") long daysWaited) {
    }
}
