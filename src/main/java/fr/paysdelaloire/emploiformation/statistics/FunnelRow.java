package fr.paysdelaloire.emploiformation.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The funnel's figures for one group of hiring intentions — all of them, a sector, a département or a month of
 * receipt. Intentions are counted where they are now; paths and decision times are those of these intentions.
 */
@Schema(name = "FunnelRow", description = "The funnel's figures for one group of hiring intentions received in the period.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunnelRow(
        @Schema(description = "The sector (filière) of the session request that last used the intention (kept if that request "
                + "was rejected or withdrawn); UNASSIGNED if none ever did (by_sector only).", examples = "CONSTRUCTION")
        String sector,
        @Schema(description = "The employer's département (by_department only).", examples = "44") String department,
        @Schema(description = "The month of receipt, Europe/Paris (by_month only).", examples = "2026-03") String month,
        @Schema(description = "Intentions received (recorded) in the period.") long received,
        @Schema(description = "Of them, eligible now: every rule passes, derogations granted included.") long eligible,
        @Schema(description = "Of them, covered by a session the Region authorised (status COVERED or FULFILLED).") long covered,
        @Schema(description = "Of them, fulfilled: hires fill every one of its positions (§6; an intention of several "
                + "positions stays covered until its last hire).") long fulfilled,
        @Schema(description = "Of them, withdrawn by the employer (désistement, §6).") long withdrawn,
        @Schema(description = "withdrawn / received, 0 to 1 (4 decimals); absent when nothing was received.") Double withdrawalRate,
        @Schema(description = "Of them, in a session request the Region decided (authorised or rejected).") long decided,
        @Schema(description = "Median days from the session request's first submission to the Region's decision, over the "
                + "decided intentions (1 decimal); absent when none.") Double medianDaysToDecision,
        @Schema(description = "90th percentile of the same (1 decimal); absent when none.") Double p90DaysToDecision,
        @Schema(description = "Training paths on these intentions whose integration the training body validated (§5).")
        long pathsStarted,
        @Schema(description = "Paths that ended in a drop-out (§5).") long pathsDroppedOut,
        @Schema(description = "Paths whose trainee was hired at the end (§6, §7): the hires, to read against positions.")
        long pathsHired,
        @Schema(description = "Positions these intentions offer (an intention may offer several, each one job and one "
                + "training path, §6).") long positions,
        @Schema(description = "Of the intentions received, those without an immersion step: the employer has not committed to "
                + "host the job seeker in a placement (*stage*), which §6 calls essential \"a minima\". Acceptable (advice "
                + "EMPLOYER_INVOLVEMENT), counted here for the Region.", examples = "85") long withoutImmersion) {
}
