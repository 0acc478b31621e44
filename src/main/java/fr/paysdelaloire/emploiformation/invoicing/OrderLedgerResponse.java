package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderLedger", description = "A purchase order's trainee-hours (§7, §8): ordered, attended, invoiced and "
        + "remaining, for the order, each of its sessions and each path. Invoiced never exceeds ordered, at any level.")
public record OrderLedgerResponse(UUID purchaseOrderId, @Schema(examples = "BC-2027-000042") String number,
        @Schema(examples = "CONSTR-44") String lotCode, @Schema(examples = "ISSUED") String status,
        @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(description = "The order's trainee-hours: initial and every amendment.", examples = "3000") BigDecimal orderedHours,
        BigDecimal attendedHours, BigDecimal invoicedHours,
        @Schema(description = "Ordered less invoiced (issued or validated); never negative.") BigDecimal remainingHours,
        @Schema(description = "orderedHours × price, rounded once to the cent.") BigDecimal orderedAmount,
        BigDecimal invoicedAmount,
        List<SessionLine> sessions) {

    @Schema(name = "OrderLedgerSession", description = "What the order holds for one session: places × planned hours, plus extra "
            + "hours, plus hours moved in, less hours moved out (§7).")
    public record SessionLine(UUID sessionRequestId, @Schema(examples = "ONE_JOB_ONE_TRAINING") String kind,
            @Schema(examples = "4") int places, @Schema(examples = "750") int plannedHours,
            BigDecimal orderedHours, BigDecimal extraHours, BigDecimal movedInHours, BigDecimal movedOutHours,
            BigDecimal attendedHours, BigDecimal invoicedHours,
            @Schema(description = "Ordered less attended: what the session may still attend, or give to another session of the lot.")
            BigDecimal remainingHours,
            List<PathLine> paths) {
    }

    @Schema(name = "OrderLedgerPath", description = "One path: its cap (individual planned hours, extra hours for it or its "
            + "session, hours moved in to its session), attended and invoiced.")
    public record PathLine(UUID pathId, @Schema(examples = "INTEGRATED") String status, BigDecimal capHours,
            BigDecimal attendedHours, BigDecimal invoicedHours) {
    }
}
