package fr.paysdelaloire.emploiformation.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AmendmentRequest", description = "Extra hours for every path of the session (§7).")
public record AmendmentBody(
        @Schema(examples = "120") @NotNull @Min(1) @Max(5000) Integer extraHours,
        @Schema(examples = "Heures complémentaires pour atteindre la certification complète, à la demande de l'employeur.")
        @NotBlank @Size(max = 2000) String reason) {
}
