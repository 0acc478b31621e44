package fr.paysdelaloire.emploiformation.intention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a withdrawal (désistement, FAQ §6). */
@Schema(name = "WithdrawalRequest")
public record WithdrawalBody(
        @Schema(description = "Why the employer pulls out.", examples = "L'employeur a pourvu le poste par un autre moyen.")
        @NotBlank @Size(max = 1000) String reason) {
}
