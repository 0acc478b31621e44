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

    /** Issue #17 (8): a change of a resource with an ETag needs If-Match: 428 without, 412 stale, nothing when current. */
    @Test
    void aChangeRequiresTheCurrentVersion() {
        ApiProblem missing = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class,
                () -> ETags.requireCurrent(null, 3, "session request", "/api/v1/session-requests/x"));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, missing.type());
        assertEquals(428, missing.type().status());
        assertTrue(missing.getMessage().contains("GET /api/v1/session-requests/x"));
        org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class, () -> ETags.requireCurrent(" ", 3, "lot", "/l"));
        ApiProblem stale = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class,
                () -> ETags.requireCurrent("\"2\"", 3, "lot", "/l"));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
        ETags.requireCurrent("\"3\"", 3, "lot", "/l");
        ETags.requireCurrent("*", 3, "lot", "/l");
    }
}
