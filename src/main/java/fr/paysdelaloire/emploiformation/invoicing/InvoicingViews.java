package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire model of invoicing. Money is exact decimals; amounts are rounded once, to the cent, half up. */
public final class InvoicingViews {

    private InvoicingViews() {
    }

    @Schema(name = "AttendanceRequest")
    public record AttendanceBody(
            @Schema(description = "Hours actually attended that month.", examples = "120.5")
            @NotNull @DecimalMin("0") @DecimalMax("744") @Digits(integer = 3, fraction = 2) BigDecimal hours) {
    }

    @Schema(name = "Attendance", description = "A path's attended hours, month by month (§7).")
    public record AttendanceView(UUID pathId,
            @Schema(description = "Individual planned hours plus extra hours ordered (§7).") BigDecimal capHours,
            BigDecimal totalHours, List<Month> months, List<Change> history) {

        @Schema(name = "AttendanceMonth")
        public record Month(@Schema(examples = "2027-03") String month, BigDecimal hours,
                @Schema(description = "The invoice that counted them; set, they are no longer corrected.") UUID invoiceId) {
        }

        @Schema(name = "AttendanceChange")
        public record Change(String month, BigDecimal previousHours, BigDecimal hours, String actor, OffsetDateTime at) {
        }
    }

    @Schema(name = "InvoiceRequest")
    public record IssueBody(
            @Schema(description = "The month invoiced.", examples = "2027-03")
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month: YYYY-MM") String month) {
    }

    @Schema(name = "InvoiceDecision")
    public record DecisionBody(@Schema(examples = "Heures de mars à corriger pour le parcours 3") @Size(max = 2000) String reason) {
    }

    @Schema(name = "Invoice", description = "One invoice a month per purchase order (§7), computed from attended hours at the "
            + "lot's price per trainee-hour (§8): amount = hours × price, rounded once, to the cent, half up.")
    public record InvoiceView(UUID id, UUID purchaseOrderId, @Schema(examples = "BC-2026-000042") String orderNumber,
            @Schema(examples = "2027-03") String month, @Schema(examples = "ISSUED") String status,
            @Schema(examples = "605.5") BigDecimal hours, @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
            @Schema(examples = "8779.75") BigDecimal amount, List<SessionLines> sessions, String issuedBy,
            OffsetDateTime issuedAt, String decidedBy, OffsetDateTime decidedAt, String rejectReason) {

        @Schema(name = "InvoiceSession", description = "A session's lines: hours per path, no personal data.")
        public record SessionLines(UUID sessionRequestId, BigDecimal hours, List<Line> lines) {
        }

        @Schema(name = "InvoiceLine")
        public record Line(UUID pathId, BigDecimal hours) {
        }
    }

    @Schema(name = "OrderBook", description = "A lot's orders, invoices and validations to date against the market's minimum (§8).")
    public record OrderBook(@Schema(examples = "CONSTR-44") String lotCode,
            @Schema(description = "The market's minimum, in trainee-hours.", examples = "20000") int minimumOrderHours,
            @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
            BigDecimal orderedHours, BigDecimal orderedAmount, BigDecimal invoicedHours, BigDecimal invoicedAmount,
            BigDecimal validatedHours, BigDecimal validatedAmount,
            @Schema(description = "Trainee-hours still to order to reach the minimum.") BigDecimal hoursToMinimum,
            @Schema(description = "The orders stay under the market's minimum: the Region budgets penalties (§8).") boolean belowMinimum,
            @Schema(description = "Each issued order: ordered, invoiced and remaining trainee-hours.") List<Order> purchaseOrders) {

        @Schema(name = "OrderBookOrder")
        public record Order(UUID id, @Schema(examples = "BC-2026-000042") String number, BigDecimal orderedHours,
                BigDecimal amount, BigDecimal invoicedHours,
                @Schema(description = "Ordered less invoiced (issued or validated) trainee-hours.") BigDecimal remainingHours) {
        }
    }
}
