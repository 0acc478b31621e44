package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money is exact decimals; the amount is rounded once, to the cent, half up. */
@Schema(name = "Invoice", description = "One invoice a month per purchase order (§7), computed from attended hours at the "
        + "lot's price per trainee-hour (§8): amount = hours × price, rounded once, to the cent, half up.")
public record InvoiceResponse(UUID id, UUID purchaseOrderId, @Schema(examples = "BC-2026-000042") String orderNumber,
        @Schema(examples = "2027-03") String month, @Schema(examples = "ISSUED") String status,
        @Schema(examples = "605.5") BigDecimal hours, @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(examples = "8779.75") BigDecimal amount, List<SessionLines> sessions, String issuedBy,
        OffsetDateTime issuedAt, String decidedBy, OffsetDateTime decidedAt, String rejectReason,
        @Schema(description = "The credit note that cancelled this validated invoice; absent otherwise.") Credit creditNote) {

    @Schema(name = "CreditNote", description = "A credit note (avoir) for the invoice's whole amount.")
    public record Credit(UUID id, @Schema(examples = "-200.00") BigDecimal hours, @Schema(examples = "-2900.00") BigDecimal amount,
            String reason, String issuedBy, OffsetDateTime issuedAt) {
    }

    @Schema(name = "InvoiceSession", description = "A session's lines: hours per path, no personal data.")
    public record SessionLines(UUID sessionRequestId,
            @Schema(description = "The session's component of the lot: ONE_JOB_ONE_TRAINING, or SOCLE for the Region's socle "
                    + "sessions (§7: every component of the lot is invoiced alike).", examples = "ONE_JOB_ONE_TRAINING")
            String kind, BigDecimal hours, List<Line> lines) {
    }

    @Schema(name = "InvoiceLine")
    public record Line(UUID pathId, BigDecimal hours) {
    }
}
