package fr.paysdelaloire.emploiformation.intention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArbitrationRequest", description = "The Region's reason for holding this intention's training body as the one "
        + "the employer commits to (FAQ §6).")
public record ArbitrationBody(
        @Schema(examples = "L'employeur confirme par courriel du 2 décembre s'engager auprès de cet organisme.")
        @NotBlank @Size(max = 2000) String reason) {
}
