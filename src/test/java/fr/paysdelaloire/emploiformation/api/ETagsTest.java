package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void ifMatch() {
        assertEquals("\"3\"", ETags.of(3));
        assertTrue(ETags.ifMatchHolds(null, null));
        assertTrue(ETags.ifMatchHolds("\"3\"", "\"3\""));
        assertTrue(ETags.ifMatchHolds("\"1\", \"3\"", "\"3\""));
        assertTrue(ETags.ifMatchHolds("*", "\"3\""));
        assertFalse(ETags.ifMatchHolds("*", null));
        assertFalse(ETags.ifMatchHolds("\"2\"", "\"3\""));
        assertFalse(ETags.ifMatchHolds("\"3\"", null));
    }

    @Test
    void ifNoneMatch() {
        assertTrue(ETags.ifNoneMatchHolds(null, "\"3\""));
        assertTrue(ETags.ifNoneMatchHolds("*", null));
        assertFalse(ETags.ifNoneMatchHolds("*", "\"3\""));
        assertFalse(ETags.ifNoneMatchHolds("\"3\"", "\"3\""));
        assertTrue(ETags.ifNoneMatchHolds("\"2\"", "\"3\""));
    }
}
