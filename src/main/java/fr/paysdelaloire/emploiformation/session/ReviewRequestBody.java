package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the training body asks the Region about its authorised or started session (§5, §6, §7). */
@Schema(name = "ReviewRequest", description = "A request to the Region about an authorised or started session: a trainee who "
        + "joins the group or replaces one who left (JOINING, §5, §6), or extra hours to complete the paths (EXTRA_HOURS, "
        + "§6, §7). The Region decides.")
public record ReviewRequestBody(
        @Schema(description = "JOINING or EXTRA_HOURS.", examples = "JOINING") @NotNull SessionReviewRules.Kind kind,
        @Schema(description = "JOINING: an eligible hiring intention naming this training body, used by no other request.",
                examples = "3fa85f64-5717-4562-b3fc-2c963f66afa6") UUID hiringIntentionId,
        @Schema(description = "EXTRA_HOURS: the hours asked for each path concerned.", examples = "70") @Min(1) @Max(5000)
        Integer extraHours,
        @Schema(description = "EXTRA_HOURS: only these paths of the session (default: all its places).") @Size(max = 200)
        List<@NotNull UUID> pathIds,
        @Schema(description = "Why: the group can take the trainee (§5: « si la progression pédagogique le permet »), or what "
                + "the paths need to be completed (§6).",
                examples = "Remplacement de l'employeur désisté ; le stagiaire rejoint le groupe en semaine 2, la progression le permet.")
        @NotBlank @Size(max = 2000) String reason) {

    public List<UUID> pathIdsOrEmpty() {
        return pathIds == null ? List.of() : pathIds;
    }
}
