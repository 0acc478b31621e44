package fr.paysdelaloire.emploiformation.statistics;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Issue #21 (4), §2: the employers' needs no training body answered — the demand the lots do not cover, the input for
 * the Region's next market ("de nouvelles formations peuvent être proposées … pour répondre aux besoins spécifiques d'un
 * employeur").
 */
@Schema(name = "UnansweredNeeds", description = "Open needs with no proposal after the set delay, today, by sector and "
        + "département of the place of work.")
public record UnansweredNeeds(
        @Schema(description = "The delay (setting `ef.needs.unanswered-after-days`): a need raised at least this many days "
                + "ago, still open and alive, that no body ever proposed for.", examples = "15") int afterDays,
        @Schema(description = "Counted at this instant.") OffsetDateTime asOf,
        @Schema(description = "Unanswered needs in all.", examples = "7") long needs,
        @Schema(description = "The positions they offer.", examples = "11") long positions,
        @Schema(description = "By sector (the job's; NONE when no sector takes its ROME code) and département, most needs first.")
        List<Row> bySectorAndDepartment) {

    @Schema(name = "UnansweredNeedsRow")
    public record Row(@Schema(examples = "CONSTRUCTION") String sector, @Schema(examples = "49") String department,
            @Schema(examples = "3") long needs, @Schema(examples = "5") long positions,
            @Schema(description = "When the oldest of them was raised.") OffsetDateTime oldestRaisedAt) {
    }
}
