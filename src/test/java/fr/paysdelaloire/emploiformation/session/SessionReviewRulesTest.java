package fr.paysdelaloire.emploiformation.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.session.SessionReviewRules.Decision;
import fr.paysdelaloire.emploiformation.session.SessionReviewRules.Kind;

class SessionReviewRulesTest {

    @Test
    void onlyAWithdrawalFromAnAuthorisedSessionNotStartedIsAnalysedByTheRegion() {
        for (SessionStatus status : SessionStatus.values()) {
            assertEquals(status == SessionStatus.AUTHORISED, SessionReviewRules.withdrawalIsAnalysed(status), status.name());
        }
    }

    @Test
    void aTraineeJoinsAnAuthorisedOrStartedSessionOfTheScheme() {
        assertNull(SessionReviewRules.joiningRefusal(SessionStatus.AUTHORISED, SessionKind.ONE_JOB_ONE_TRAINING));
        assertNull(SessionReviewRules.joiningRefusal(SessionStatus.STARTED, SessionKind.ONE_JOB_ONE_TRAINING));
        assertTrue(SessionReviewRules.joiningRefusal(SessionStatus.UNDER_REVIEW, SessionKind.ONE_JOB_ONE_TRAINING).contains("UNDER_REVIEW"));
        assertTrue(SessionReviewRules.joiningRefusal(SessionStatus.COMPLETED, SessionKind.ONE_JOB_ONE_TRAINING).contains("COMPLETED"));
        assertTrue(SessionReviewRules.joiningRefusal(SessionStatus.AUTHORISED, SessionKind.SOCLE).contains("§10"));
    }

    @Test
    void eachDecisionFitsItsKindAndAStartedSessionRunsToItsEnd() {
        assertNull(SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.REDUCE_PLACES, SessionStatus.AUTHORISED));
        assertNull(SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.CANCEL_SESSION, SessionStatus.AUTHORISED));
        assertNull(SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.KEEP_PLACES, SessionStatus.STARTED));
        assertTrue(SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.REDUCE_PLACES, SessionStatus.STARTED).contains("§6"));
        assertTrue(SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.CANCEL_SESSION, SessionStatus.STARTED).contains("§6"));
        assertEquals("ACCEPTED does not decide a WITHDRAWAL review",
                SessionReviewRules.decisionConflict(Kind.WITHDRAWAL, Decision.ACCEPTED, SessionStatus.AUTHORISED));
        assertEquals("KEEP_PLACES does not decide a JOINING review",
                SessionReviewRules.decisionConflict(Kind.JOINING, Decision.KEEP_PLACES, SessionStatus.AUTHORISED));
        assertEquals("REDUCE_PLACES does not decide a EXTRA_HOURS review",
                SessionReviewRules.decisionConflict(Kind.EXTRA_HOURS, Decision.REDUCE_PLACES, SessionStatus.AUTHORISED));
        assertNull(SessionReviewRules.decisionConflict(Kind.EXTRA_HOURS, Decision.ACCEPTED, SessionStatus.STARTED));
        assertTrue(SessionReviewRules.decisionConflict(Kind.EXTRA_HOURS, Decision.ACCEPTED, SessionStatus.CANCELLED).contains("§6, §7"));
        assertNull(SessionReviewRules.decisionConflict(Kind.JOINING, Decision.ACCEPTED, SessionStatus.STARTED));
        assertTrue(SessionReviewRules.decisionConflict(Kind.JOINING, Decision.ACCEPTED, SessionStatus.COMPLETED).contains("COMPLETED"));
        // a joining can always be refused, so that its intention is free again
        assertNull(SessionReviewRules.decisionConflict(Kind.JOINING, Decision.REFUSED, SessionStatus.COMPLETED));
    }

    @Test
    void aReductionLeavesFewerPlacesAtLeastOneAndNoFewerThanTheFilledPaths() {
        assertNull(SessionReviewRules.reductionRefusal(5, 4, 3));
        assertTrue(SessionReviewRules.reductionRefusal(5, 5, 0).contains("fewer places"));
        assertTrue(SessionReviewRules.reductionRefusal(5, 0, 0).contains("CANCEL_SESSION"));
        assertTrue(SessionReviewRules.reductionRefusal(5, 3, 4).contains("4 places are already filled"));
    }

    @Test
    void aJoiningFillsTheFreePlacesFirst() {
        // five places kept after one withdrawal (four positions left): a one-position intention takes the free place
        assertEquals(5, SessionReviewRules.placesAfterJoining(5, 4, 1));
        // a full group: the places grow
        assertEquals(6, SessionReviewRules.placesAfterJoining(5, 5, 1));
        assertEquals(7, SessionReviewRules.placesAfterJoining(5, 4, 3));
    }

    @Test
    void extraHoursCompleteThePathsOfAnAuthorisedOrStartedSession() {
        assertNull(SessionReviewRules.extraHoursRefusal(SessionStatus.AUTHORISED));
        assertNull(SessionReviewRules.extraHoursRefusal(SessionStatus.STARTED));
        for (SessionStatus other : SessionStatus.values()) {
            if (other != SessionStatus.AUTHORISED && other != SessionStatus.STARTED) {
                assertTrue(SessionReviewRules.extraHoursRefusal(other).contains(other.name()), other.name());
            }
        }
    }

    @Test
    void aSessionThatEndsClosesItsOpenReviewsWithWhatBecameOfIt() {
        assertEquals(Decision.REFUSED, SessionReviewRules.closedBy(Kind.JOINING, SessionStatus.CANCELLED));
        assertEquals(Decision.REFUSED, SessionReviewRules.closedBy(Kind.JOINING, SessionStatus.COMPLETED));
        assertEquals(Decision.CANCEL_SESSION, SessionReviewRules.closedBy(Kind.WITHDRAWAL, SessionStatus.CANCELLED));
        assertEquals(Decision.KEEP_PLACES, SessionReviewRules.closedBy(Kind.WITHDRAWAL, SessionStatus.COMPLETED));
    }
}
