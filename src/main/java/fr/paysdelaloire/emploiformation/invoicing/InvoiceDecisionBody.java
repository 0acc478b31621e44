package fr.paysdelaloire.emploiformation.invoicing;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Region's reason to validate or reject an invoice (required to reject). */
@Schema(name = "InvoiceDecision")
public record InvoiceDecisionBody(@Schema(examples = "Heures de mars à corriger pour le parcours 3") @Size(max = 2000) String reason) {
}
