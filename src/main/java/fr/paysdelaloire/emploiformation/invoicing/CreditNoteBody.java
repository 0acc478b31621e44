package fr.paysdelaloire.emploiformation.invoicing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditNoteRequest", description = "Why the validated invoice is cancelled by a credit note.")
public record CreditNoteBody(
        @Schema(examples = "Heures de novembre saisies deux fois pour un parcours : facture annulée, à réémettre.")
        @NotBlank @Size(max = 2000) String reason) {
}
