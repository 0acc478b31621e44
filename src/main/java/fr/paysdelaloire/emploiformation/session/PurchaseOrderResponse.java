package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PurchaseOrder", description = "A purchase order (bon de commande) addressed to the lot's mandataire (§9).")
public record PurchaseOrderResponse(
        UUID id,
        @Schema(examples = "BC-2026-000042") String number,
        UUID sessionRequestId,
        @Schema(examples = "CONSTR-44") String lotCode,
        @Schema(examples = "73866205898790") String mandataireSiret,
        @Schema(description = "Paths ordered: one per place (§9).", examples = "5") int paths,
        @Schema(description = "Hours per path, amendments included.", examples = "750") int hours,
        @Schema(description = "The lot's price per trainee-hour (§8).", examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(description = "hours × paths × price per trainee-hour, amendments included.", examples = "54375.00") BigDecimal amount,
        @Schema(examples = "ISSUED") String status,
        OffsetDateTime issuedAt,
        List<Amendment> amendments) {

    @Schema(name = "PurchaseOrderAmendment", description = "Extra hours ordered later on the same order (§7).")
    public record Amendment(UUID id, @Schema(examples = "120") int extraHours,
            @Schema(examples = "8700.00") BigDecimal amount, String reason, String actor, OffsetDateTime at) {
    }
}
