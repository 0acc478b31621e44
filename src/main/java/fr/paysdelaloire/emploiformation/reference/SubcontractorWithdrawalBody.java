package fr.paysdelaloire.emploiformation.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubcontractorApprovalWithdrawal", description = "Why the mandataire withdraws its agreement.")
public record SubcontractorWithdrawalBody(
        @Schema(examples = "Un co-traitant a obtenu l'habilitation.") @NotBlank @Size(max = 2000) String reason) {
}
