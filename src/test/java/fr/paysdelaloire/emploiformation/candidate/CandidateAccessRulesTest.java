package fr.paysdelaloire.emploiformation.candidate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CandidateAccessRulesTest {

    static final String BODY = "73866205898790";
    static final String OTHER = "54125523711448";
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T10:00:00Z");
    static final Duration AFTER = Duration.ofDays(183);
    static final UUID SESSION = UUID.randomUUID();
    static final UUID ANOTHER_SESSION = UUID.randomUUID();

    @Test
    void nothingGivesNoAccess() {
        assertFalse(CandidateAccessRules.mayRead(BODY, List.of(), List.of(), NOW, AFTER));
        assertFalse(CandidateAccessRules.mayPosition(BODY, SESSION, List.of(), List.of(), NOW, AFTER));
        assertFalse(CandidateAccessRules.mayRead(null, List.of(new CandidateAccessRules.Referral(null, Set.of(BODY))), List.of(), NOW, AFTER));
    }

    @Test
    void aReferralToABodyOpensItsSessionsToThatBodyOnly() {
        var referral = List.of(new CandidateAccessRules.Referral(null, Set.of(BODY)));
        assertTrue(CandidateAccessRules.mayRead(BODY, referral, List.of(), NOW, AFTER));
        assertTrue(CandidateAccessRules.mayPosition(BODY, SESSION, referral, List.of(), NOW, AFTER));
        assertTrue(CandidateAccessRules.mayPosition(BODY, ANOTHER_SESSION, referral, List.of(), NOW, AFTER));
        assertFalse(CandidateAccessRules.mayRead(OTHER, referral, List.of(), NOW, AFTER));
    }

    @Test
    void aReferralToASessionOpensThatSessionToItsRunnersOnly() {
        var referral = List.of(new CandidateAccessRules.Referral(SESSION, Set.of(BODY, OTHER)));
        assertTrue(CandidateAccessRules.mayRead(OTHER, referral, List.of(), NOW, AFTER), "the mandataire runs it too (§9)");
        assertTrue(CandidateAccessRules.mayPosition(BODY, SESSION, referral, List.of(), NOW, AFTER));
        assertFalse(CandidateAccessRules.mayPosition(BODY, ANOTHER_SESSION, referral, List.of(), NOW, AFTER));
    }

    @Test
    void aPathGivesAccessUntilTheRetentionAfterItEnded() {
        var active = List.of(new CandidateAccessRules.Path(Set.of(BODY), true, null));
        assertTrue(CandidateAccessRules.mayRead(BODY, List.of(), active, NOW, AFTER));
        assertTrue(CandidateAccessRules.mayPosition(BODY, ANOTHER_SESSION, List.of(), active, NOW, AFTER));
        var ended = List.of(new CandidateAccessRules.Path(Set.of(BODY), false, NOW.minus(AFTER).plusSeconds(1)));
        assertTrue(CandidateAccessRules.mayRead(BODY, List.of(), ended, NOW, AFTER));
        var expired = List.of(new CandidateAccessRules.Path(Set.of(BODY), false, NOW.minus(AFTER)));
        assertFalse(CandidateAccessRules.mayRead(BODY, List.of(), expired, NOW, AFTER));
        assertFalse(CandidateAccessRules.mayPosition(BODY, SESSION, List.of(), expired, NOW, AFTER));
        assertFalse(CandidateAccessRules.mayRead(OTHER, List.of(), active, NOW, AFTER), "another body's path");
    }
}
