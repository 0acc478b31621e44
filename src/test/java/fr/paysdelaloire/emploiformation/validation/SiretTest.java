package fr.paysdelaloire.emploiformation.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = { "73282932000074", "73866205898790", "42525779372180", "40287835788006" })
    void luhnValidSiretsPass(String siret) {
        assertTrue(Siret.isValid(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = { "73282932000075", "73866205898791", "42525779372181" })
    void aWrongCheckDigitFails(String siret) {
        assertFalse(Siret.isValid(siret));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "7328293200007", "732829320000744", "7328293200007A", " 73282932000074", "7328 2932000074",
            "７３２８２９３２００００７４" })
    void wrongShapesFail(String siret) {
        assertFalse(Siret.isValid(siret));
    }

    @Test
    void laPosteHeadOfficeIsCheckedWithLuhn() {
        assertTrue(Siret.isValid("35600000000048"));
        // its digit sum is 26: the La Poste rule alone would refuse it
        assertFalse(Siret.isValid("35600000000049"));
    }

    @Test
    void laPosteEstablishmentsNeedADigitSumMultipleOfFive() {
        // 3+5+6+1 = 15 and 3+5+6+4+7 = 25: multiples of 5, though neither is Luhn-valid
        assertFalse(Luhn.isValid("35600000010000"));
        assertTrue(Siret.isValid("35600000010000"));
        assertTrue(Siret.isValid("35600000040007"));
        // Luhn-valid, but its digit sum is 19: La Poste's rule refuses it
        assertTrue(Luhn.isValid("35600000001004"));
        assertFalse(Siret.isValid("35600000001004"));
    }

    @Test
    void luhnRejectsNonDigits() {
        assertFalse(Luhn.isValid(""));
        assertFalse(Luhn.isValid(null));
        assertFalse(Luhn.isValid("12a4"));
        assertTrue(Luhn.isValid("0"));
    }
}
