package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
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

    /** No training day holds more than the working day's legal maximum, 10 hours (Code du travail, art. L3121-18). */
    public static final BigDecimal HOURS_A_DAY = BigDecimal.TEN;

    /** §7: hours are attended during the session: a month counts only if the session runs in it. */
    public static boolean sessionRunsIn(LocalDate month, LocalDate start, LocalDate end) {
        YearMonth m = YearMonth.from(month);
        return !m.isBefore(YearMonth.from(start)) && !m.isAfter(YearMonth.from(end));
    }

    /**
     * The most hours one trainee can attend in a month: 10 a day ({@link #HOURS_A_DAY}) over the days of the month the
     * session runs; none outside it.
     */
    public static BigDecimal monthCapacity(LocalDate month, LocalDate start, LocalDate end) {
        YearMonth m = YearMonth.from(month);
        LocalDate first = m.atDay(1).isBefore(start) ? start : m.atDay(1);
        LocalDate last = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
        long days = last.isBefore(first) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        return HOURS_A_DAY.multiply(BigDecimal.valueOf(days));
    }

    /**
     * §7, §8: the Region pays what it ordered: an invoice's trainee-hours never exceed what the order has left
     * (ordered, amendments included, minus what live invoices already claim). The excess, or zero.
     */
    public static BigDecimal excessOverOrder(BigDecimal invoiceHours, BigDecimal orderedTraineeHours, BigDecimal alreadyInvoiced) {
        return invoiceHours.subtract(orderedTraineeHours.subtract(alreadyInvoiced)).max(BigDecimal.ZERO);
    }


    /**
     * The amount with VAT, from the amount before tax, rounded once to the cent (half up). Training services are exempt
     * (CGI art. 261-4-4°-a): the rate is a setting, 0 by default.
     */
    public static BigDecimal withVat(BigDecimal amountBeforeTax, BigDecimal vatRate) {
        return amountBeforeTax.add(amountBeforeTax.multiply(vatRate)).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
