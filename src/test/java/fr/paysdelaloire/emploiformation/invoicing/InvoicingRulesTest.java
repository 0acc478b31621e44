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
    void amountsAreRoundedOnceToTheCentHalfUp() {
        assertEquals(new BigDecimal("7764.63"), InvoicingRules.amount(new BigDecimal("580.75"), new BigDecimal("13.37")));
        assertEquals(new BigDecimal("0.01"), InvoicingRules.amount(new BigDecimal("0.5"), new BigDecimal("0.01")));
        assertEquals(new BigDecimal("0.00"), InvoicingRules.amount(new BigDecimal("0.49"), new BigDecimal("0.01")));
    }
}
