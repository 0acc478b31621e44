package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When an intention is fulfilled (§6, §5), in milliseconds. */
class IntentionRulesTest {

    @Test
    void anIntentionOfFivePositionsIsFulfilledAtItsFifthHireNotItsFirst() {
        assertFalse(IntentionRules.fulfilled(0, 5));
        assertFalse(IntentionRules.fulfilled(1, 5));
        assertFalse(IntentionRules.fulfilled(4, 5));
        assertTrue(IntentionRules.fulfilled(5, 5));
    }

    @Test
    void anIntentionOfOnePositionIsFulfilledAtItsHire() {
        assertFalse(IntentionRules.fulfilled(0, 1));
        assertTrue(IntentionRules.fulfilled(1, 1));
    }

    @Test
    void anEmployerIsHeldOnlyWhileItsCommitmentLives() {
        assertTrue(IntentionRules.holdsEmployer(IntentionStatus.ELIGIBLE, false));
        assertTrue(IntentionRules.holdsEmployer(IntentionStatus.ATTACHED, false));
        assertTrue(IntentionRules.holdsEmployer(IntentionStatus.COVERED, false));
        assertFalse(IntentionRules.holdsEmployer(IntentionStatus.COVERED, true), "its session ended, hire or not");
        assertFalse(IntentionRules.holdsEmployer(IntentionStatus.WITHDRAWN, false));
        assertFalse(IntentionRules.holdsEmployer(IntentionStatus.FULFILLED, false));
    }

    @org.junit.jupiter.api.Test
    void aProofReceivedTomorrowIsRefused_todayIsNot() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
        org.junit.jupiter.api.Assertions.assertEquals(1, IntentionRules.proofDate(
                new IntentionBody.Proof(ProofChannel.EMAIL, today.plusDays(1), null), today).size());
        org.junit.jupiter.api.Assertions.assertEquals(0, IntentionRules.proofDate(
                new IntentionBody.Proof(ProofChannel.EMAIL, today, null), today).size());
        org.junit.jupiter.api.Assertions.assertEquals(0, IntentionRules.proofDate(null, today).size());
    }
}
