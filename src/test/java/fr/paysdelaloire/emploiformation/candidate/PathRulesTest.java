package fr.paysdelaloire.emploiformation.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PathRulesTest {

    @Test
    void aPathHasAtMostThePlannedHoursOrderedPerPath() {
        assertEquals(Optional.empty(), PathRules.individualHours(null, 100), "the session's hours by default");
        assertEquals(Optional.empty(), PathRules.individualHours(100, 100));
        assertEquals(Optional.empty(), PathRules.individualHours(60, 100), "an individualised path is shorter (§7)");
        assertTrue(PathRules.individualHours(101, 100).orElseThrow().startsWith("PATH_HOURS: 101 hours exceed the 100"));
        assertTrue(PathRules.individualHours(5000, 100).orElseThrow().contains("§7"));
    }

    @Test
    void theEmployersAgreementIsNotedAfterTheIntegrationOnce() {
        assertTrue(PathRules.agreementNotedAfterIntegration(PathStatus.INTEGRATED, false));
        assertFalse(PathRules.agreementNotedAfterIntegration(PathStatus.INTEGRATED, true));
        for (PathStatus other : PathStatus.values()) {
            if (other != PathStatus.INTEGRATED) {
                assertFalse(PathRules.agreementNotedAfterIntegration(other, false), other.name());
            }
        }
    }
}
