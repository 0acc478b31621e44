package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "A path's attended hours, month by month (§7).")
public record AttendanceResponse(UUID pathId,
        @Schema(description = "Individual planned hours plus extra hours ordered for the path or its session, plus hours "
                + "moved in to its session (§7).") BigDecimal capHours,
        BigDecimal totalHours, List<Month> months, List<Change> history) {

    @Schema(name = "AttendanceMonth")
    public record Month(@Schema(examples = "2027-03") String month, BigDecimal hours,
            @Schema(description = "The invoice that counted them; set, they are no longer corrected.") UUID invoiceId) {
    }

    @Schema(name = "AttendanceChange")
    public record Change(String month, BigDecimal previousHours, BigDecimal hours, String actor, OffsetDateTime at) {
    }
}
