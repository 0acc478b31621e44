package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderBook", description = "A lot's orders, invoices and validations to date against the market's minimum (§8).")
public record OrderBookResponse(@Schema(examples = "CONSTR-44") String lotCode,
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
