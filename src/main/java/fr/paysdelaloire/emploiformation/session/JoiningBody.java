package fr.paysdelaloire.emploiformation.session;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The training body asks to attach a new hiring intention to an authorised or started session (§5, §6). */
@Schema(name = "JoiningRequest", description = "A new hiring intention for a formed group: a trainee who joins it, or who "
        + "replaces one who left (§5, §6). The Region decides.")
public record JoiningBody(
        @Schema(description = "An eligible hiring intention naming this training body, used by no other request.",
                examples = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @NotNull UUID hiringIntentionId,
        @Schema(description = "Why the group can take the trainee (§5: « si la progression pédagogique le permet »).",
                examples = "Remplacement de l'employeur désisté ; le stagiaire rejoint le groupe en semaine 2, la progression le permet.")
        @NotBlank @Size(max = 2000) String reason) {
}
