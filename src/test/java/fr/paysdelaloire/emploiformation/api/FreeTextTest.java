package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void blankIsAbsentAndTheRestIsStripped() {
        assertNull(FreeText.orNull(null));
        assertNull(FreeText.orNull(" \t\n"));
        assertEquals("Heures à corriger", FreeText.orNull("  Heures à corriger \n"));
    }
}
