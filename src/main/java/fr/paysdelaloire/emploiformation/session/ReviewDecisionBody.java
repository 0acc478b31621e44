package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Region's motivated decision on a review of an authorised session (§6, §5). */
@Schema(name = "ReviewDecision", description = "The Region's decision on a review: for a withdrawal KEEP_PLACES, REDUCE_PLACES "
        + "or CANCEL_SESSION; for a joining ACCEPTED or REFUSED. Always with its reason.")
public record ReviewDecisionBody(
        @Schema(examples = "REDUCE_PLACES") @NotNull SessionReviewRules.Decision decision,
        @Schema(description = "REDUCE_PLACES: the places left (default: the positions the remaining intentions commit).",
                examples = "4") @Min(0) @Max(1000) Integer places,
        @Schema(description = "ACCEPTED, when the joining needs more places than the session has: the trainee-hours come from "
                + "this other session of the same lot (fungibility, §7) instead of being ordered anew.")
        UUID hoursFromSessionRequestId,
        @Schema(examples = "L'employeur s'est désisté ; aucun remplaçant avant le démarrage : la commande est réduite à quatre parcours.")
        @NotBlank @Size(max = 2000) String reason) {
}
