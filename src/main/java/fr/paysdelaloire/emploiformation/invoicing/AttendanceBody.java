package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A path's hours attended in one month, as the training body records them (§7). */
@Schema(name = "AttendanceRequest")
public record AttendanceBody(
        @Schema(description = "Hours actually attended that month.", examples = "120.5")
        @NotNull @DecimalMin("0") @DecimalMax("744") @Digits(integer = 3, fraction = 2) BigDecimal hours) {
}
