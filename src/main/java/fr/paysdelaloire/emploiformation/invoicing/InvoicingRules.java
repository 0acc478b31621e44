package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How hours and money are counted (FAQ §7, §8). Plain Java. */
public final class InvoicingRules {

    private InvoicingRules() {
    }

    /** A month as {@code YYYY-MM}, kept as its first day. */
    public static Optional<LocalDate> month(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value).atDay(1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * §7: a path attends at most its individual planned hours (each trainee's path may differ in length;
     * part-time paths carry their prorated hours, §5), plus the extra hours ordered for it or its session.
     */
    public static BigDecimal cap(int plannedHours, int extraHours) {
        return BigDecimal.valueOf((long) plannedHours + extraHours);
    }

    /** True when {@code hours} this month, with the other months' hours, stay within the cap. */
    public static boolean withinCap(BigDecimal hours, BigDecimal otherMonths, BigDecimal cap) {
        return hours.signum() >= 0 && otherMonths.add(hours).compareTo(cap) <= 0;
    }

    /** §8: hours × the lot's price per trainee-hour, rounded once, to the cent, half up. */
    public static BigDecimal amount(BigDecimal hours, BigDecimal pricePerTraineeHour) {
        return pricePerTraineeHour.multiply(hours).setScale(2, RoundingMode.HALF_UP);
    }
}
