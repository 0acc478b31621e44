package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AmendmentRequest", description = "An amendment to a purchase order: extra hours for a session or named paths "
        + "(FAQ §7), or trainee-hours moved to another session of the same lot (fungibility, FAQ §7).")
public record AmendmentBody(
        @Schema(description = "EXTRA_HOURS (default) or TRANSFER.", examples = "EXTRA_HOURS") Kind kind,
        @Schema(description = "EXTRA_HOURS: extra hours for each path concerned.", examples = "120") @Min(1) @Max(5000) Integer extraHours,
        @Schema(description = "The order's session concerned (EXTRA_HOURS: the session given the hours; TRANSFER: the one they leave). "
                + "May be left out when the order covers one session.") UUID sessionRequestId,
        @Schema(description = "EXTRA_HOURS: only these paths of the session (default: all its places).") @Size(max = 200) List<UUID> pathIds,
        @Schema(description = "TRANSFER: the session of the same lot the hours go to.") UUID targetSessionRequestId,
        @Schema(description = "TRANSFER: trainee-hours moved.", examples = "300")
        @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal hours,
        @Schema(examples = "Heures complémentaires pour atteindre la certification complète, à la demande de l'employeur.")
        @NotBlank @Size(max = 2000) String reason) {

    public enum Kind {
        EXTRA_HOURS,
        TRANSFER
    }

    public Kind kindOrDefault() {
        return kind == null ? Kind.EXTRA_HOURS : kind;
    }
}
