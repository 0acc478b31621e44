package fr.paysdelaloire.emploiformation.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new calendar waiting for the Region's decision. */
@Schema(name = "PendingCalendar", description = "New dates the training body proposed, waiting for the Region's decision (§6).")
public record CalendarResponse(LocalDate startDate, LocalDate endDate, String reason, OffsetDateTime proposedAt,
        @Schema(examples = "training-body:73866205898790") String proposedBy) {

    static CalendarResponse of(SessionRequest r) {
        return r.proposedStartDate == null ? null
                : new CalendarResponse(r.proposedStartDate, r.proposedEndDate, r.proposalReason, r.proposedAt, r.proposedBy);
    }
}
