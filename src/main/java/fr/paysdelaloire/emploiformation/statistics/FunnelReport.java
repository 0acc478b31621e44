package fr.paysdelaloire.emploiformation.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FunnelReport", description = "From hiring intentions to hires: the whole period, then by sector, département "
        + "and month of receipt.")
public record FunnelReport(
        @Schema(description = "Intentions received from this day (Europe/Paris)…") LocalDate from,
        @Schema(description = "…to this day, included.") LocalDate to,
        @Schema(description = "The sector filter, if any.") @JsonInclude(JsonInclude.Include.NON_NULL) String sector,
        @Schema(description = "The département filter, if any.") @JsonInclude(JsonInclude.Include.NON_NULL) String department,
        FunnelRow total,
        List<FunnelRow> bySector,
        List<FunnelRow> byDepartment,
        List<FunnelRow> byMonth,
        @Schema(description = "Next to the funnel, today: the open needs no training body answered (issue #21, FAQ §2), "
                + "filtered by `department` and, when it is a sector code, `sector` (the job's), not by the period.")
        UnansweredNeeds unansweredNeeds) {
}
