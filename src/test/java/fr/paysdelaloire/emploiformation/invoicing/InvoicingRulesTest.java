package fr.paysdelaloire.emploiformation.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InvoicingRulesTest {

    @Test
    void months() {
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)), InvoicingRules.month("2027-03"));
        assertEquals(Optional.empty(), InvoicingRules.month("2027-13"));
        assertEquals(Optional.empty(), InvoicingRules.month("2027-3"));
        assertEquals(Optional.empty(), InvoicingRules.month(null));
    }

    @Test
    void attendanceStaysWithinPlannedAndExtraHours() {
        BigDecimal cap = InvoicingRules.cap(700, 100);
        assertEquals(new BigDecimal("800"), cap);
        assertTrue(InvoicingRules.withinCap(new BigDecimal("100"), new BigDecimal("700"), cap));
        assertFalse(InvoicingRules.withinCap(new BigDecimal("100.01"), new BigDecimal("700"), cap));
        assertFalse(InvoicingRules.withinCap(new BigDecimal("-1"), BigDecimal.ZERO, cap));
    }

    @Test
    void hoursAreAttendedInTheMonthsTheSessionRunsAtMostTenADay() {
        LocalDate start = LocalDate.of(2026, 6, 25);
        LocalDate end = LocalDate.of(2026, 10, 31);
        assertFalse(InvoicingRules.sessionRunsIn(LocalDate.of(2026, 5, 1), start, end));
        assertTrue(InvoicingRules.sessionRunsIn(LocalDate.of(2026, 6, 1), start, end));
        assertTrue(InvoicingRules.sessionRunsIn(LocalDate.of(2026, 10, 1), start, end));
        assertFalse(InvoicingRules.sessionRunsIn(LocalDate.of(2026, 11, 1), start, end));
        assertEquals(new BigDecimal("60"), InvoicingRules.monthCapacity(LocalDate.of(2026, 6, 1), start, end));
        assertEquals(new BigDecimal("310"), InvoicingRules.monthCapacity(LocalDate.of(2026, 7, 1), start, end));
        assertEquals(new BigDecimal("0"), InvoicingRules.monthCapacity(LocalDate.of(2026, 11, 1), start, end));
        assertEquals(new BigDecimal("10"), InvoicingRules.monthCapacity(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28),
                LocalDate.of(2027, 2, 28)), "one day");
    }

    @Test
    void anInvoiceNeverExceedsWhatTheOrderHasLeft() {
        assertEquals(BigDecimal.ZERO, InvoicingRules.excessOverOrder(new BigDecimal("40"), new BigDecimal("500"), new BigDecimal("460")));
        assertEquals(new BigDecimal("60"), InvoicingRules.excessOverOrder(new BigDecimal("100"), new BigDecimal("500"), new BigDecimal("460")));
        assertEquals(new BigDecimal("0.25"), InvoicingRules.excessOverOrder(new BigDecimal("500.25"), new BigDecimal("500"), BigDecimal.ZERO));
    }

    @Test
    void vatIsASettingRoundedOnceAndTrainingIsExemptByDefault() {
        assertEquals(new BigDecimal("3190.00"), InvoicingRules.withVat(new BigDecimal("3190.00"), BigDecimal.ZERO));
        assertEquals(new BigDecimal("3828.00"), InvoicingRules.withVat(new BigDecimal("3190.00"), new BigDecimal("0.20")));
        // 0.05 × 1.2 = 0.06; 0.03 × 1.055 = 0.03165 → 0.03 (half up, once)
        assertEquals(new BigDecimal("0.03"), InvoicingRules.withVat(new BigDecimal("0.03"), new BigDecimal("0.055")));
        assertEquals(new BigDecimal("0.06"), InvoicingRules.withVat(new BigDecimal("0.05"), new BigDecimal("0.20")));
    }
}
