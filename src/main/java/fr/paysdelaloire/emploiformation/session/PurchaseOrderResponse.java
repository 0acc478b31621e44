package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PurchaseOrder", description = "A purchase order (bon de commande) addressed to the lot's mandataire (§9). "
        + "Amounts are exact decimals: trainee-hours × the lot's price per trainee-hour, rounded once, to the cent, half up.")
public record PurchaseOrderResponse(
        UUID id,
        @Schema(examples = "BC-2026-000042") String number,
        @Schema(description = "The sessions the order covers (complementary orders add sessions, §5, §7).") List<UUID> sessionRequestIds,
        @Schema(examples = "CONSTR-44") String lotCode,
        @Schema(examples = "73866205898790") String mandataireSiret,
        @Schema(description = "Paths ordered: one per place (§9).", examples = "5") int paths,
        @Schema(description = "Trainee-hours ordered, amendments included.", examples = "3750") BigDecimal traineeHours,
        @Schema(description = "The lot's price per trainee-hour (§8).", examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(description = "trainee_hours × price_per_trainee_hour, rounded to the cent.", examples = "54375.00") BigDecimal amount,
        @Schema(examples = "ISSUED") String status,
        OffsetDateTime issuedAt,
        List<Amendment> amendments) {

    @Schema(name = "PurchaseOrderAmendment", description = "Extra hours (§7) or trainee-hours moved between sessions of the lot (§7).")
    public record Amendment(UUID id,
            @Schema(description = "EXTRA_HOURS, TRANSFER_OUT or TRANSFER_IN.") String kind,
            UUID sessionRequestId,
            @Schema(description = "EXTRA_HOURS for named paths only.") List<UUID> pathIds,
            @Schema(description = "For a transfer: the session on the other side.") UUID counterpartSessionId,
            @Schema(examples = "120") Integer extraHours,
            @Schema(description = "Trainee-hours added to the order (negative when moved out).", examples = "600") BigDecimal traineeHours,
            @Schema(examples = "8700.00") BigDecimal amount, String reason, String actor, OffsetDateTime at) {
    }
}
