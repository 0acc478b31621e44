package fr.paysdelaloire.emploiformation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LotPriceTest {

    @Test
    void amountsAreRoundedOnceToTheCentHalfUp() {
        assertEquals(new BigDecimal("7764.63"), LotPrice.amount(new BigDecimal("580.75"), new BigDecimal("13.37")));
        assertEquals(new BigDecimal("0.01"), LotPrice.amount(new BigDecimal("0.5"), new BigDecimal("0.01")));
        assertEquals(new BigDecimal("0.00"), LotPrice.amount(new BigDecimal("0.49"), new BigDecimal("0.01")));
    }
}
