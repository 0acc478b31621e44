package fr.paysdelaloire.emploiformation.invoicing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The month the mandataire invoices on a purchase order (§7, §9). */
@Schema(name = "InvoiceRequest")
public record InvoiceIssueBody(
        @Schema(description = "The month invoiced.", examples = "2027-03")
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month: YYYY-MM") String month) {
}
