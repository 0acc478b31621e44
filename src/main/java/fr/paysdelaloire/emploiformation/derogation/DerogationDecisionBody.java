package fr.paysdelaloire.emploiformation.derogation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DerogationDecision", description = "The Region's decision and its reason.")
public record DerogationDecisionBody(
        @Schema(examples = "Saisonnalité avérée du secteur, bassin d'emploi de Cholet.") @NotBlank @Size(max = 2000) String reason) {
}
