package fr.paysdelaloire.emploiformation.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.reference.GroupementRole;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.RuleResult;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/** Each rule of a session request with its exceptions. */
class SessionRequestRulesTest {

    static final SessionRequestRules.Submitter MANDATAIRE = new SessionRequestRules.Submitter(GroupementRole.MANDATAIRE, true, false);

    static SessionRequestRules.Facts facts(int places, int committedPositions, boolean existingGroup, boolean permanentEntry) {
        return new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, places,
                new SessionRequestRules.Intentions(committedPositions, committedPositions, committedPositions, 0, 0),
                Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"), Set.of("44"), MANDATAIRE, existingGroup, permanentEntry, null);
    }

    static RuleOutcome outcome(SessionRequestRules.Facts facts, String rule) {
        return SessionRequestRules.evaluate(facts).rule(rule).outcome();
    }

    @Test
    void fivePlacesBackedByFivePositionsPassEverything() {
        Evaluation evaluation = SessionRequestRules.evaluate(facts(5, 5, false, false));
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(6, evaluation.rules().size());
    }

    @Test
    void placesNeverExceedTheCommittedPositions() {
        assertEquals(RuleOutcome.PASS, outcome(facts(5, 6, false, false), SessionRequestRules.PLACES));
        assertEquals(RuleOutcome.FAIL, outcome(facts(6, 5, false, false), SessionRequestRules.PLACES));
        assertEquals(RuleOutcome.FAIL, outcome(facts(0, 0, false, false), SessionRequestRules.PLACES));
    }

    @Test
    void fewerThanFiveNeedsAnExceptionOrTheBodysFinancialBalanceNotADerogation() {
        assertEquals(RuleOutcome.PASS, outcome(facts(5, 5, false, false), SessionRequestRules.GROUP_SIZE));
        RuleResult bare = SessionRequestRules.evaluate(facts(4, 4, false, false)).rule(SessionRequestRules.GROUP_SIZE);
        assertEquals(RuleOutcome.FAIL, bare.outcome());
        assertTrue(bare.message().contains("financial_balance"), bare.message());
        assertEquals(RuleOutcome.PASS, outcome(facts(4, 4, true, false), SessionRequestRules.GROUP_SIZE));
        assertEquals(RuleOutcome.PASS, outcome(facts(1, 1, false, true), SessionRequestRules.GROUP_SIZE));
        assertEquals("§5", SessionRequestRules.evaluate(facts(1, 1, false, true)).rule(SessionRequestRules.GROUP_SIZE).faqRef());
        // §5: the body's declaration is enough, shown to the Region with its words
        RuleResult declared = SessionRequestRules.evaluate(balanced(4, 4, "Opco complète le groupe")).rule(SessionRequestRules.GROUP_SIZE);
        assertEquals(RuleOutcome.PASS, declared.outcome());
        assertTrue(declared.message().contains("« Opco complète le groupe »"), declared.message());
        assertEquals(RuleOutcome.FAIL, outcome(balanced(4, 4, "  "), SessionRequestRules.GROUP_SIZE));
    }

    @Test
    void theGroupIsCountedOnThePlacesTheRemainingIntentionsCommit() {
        // five places kept after a withdrawal, four positions left: a group of four (§5, §6)
        assertEquals(4, facts(5, 4, false, false).group());
        assertEquals(RuleOutcome.FAIL, outcome(facts(5, 4, false, false), SessionRequestRules.GROUP_SIZE));
        assertEquals(RuleOutcome.PASS, outcome(balanced(5, 4, "Équilibre trouvé à quatre"), SessionRequestRules.GROUP_SIZE));
        assertEquals(5, facts(5, 7, false, false).group());
    }

    static SessionRequestRules.Facts balanced(int places, int committedPositions, String financialBalance) {
        return new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, places,
                new SessionRequestRules.Intentions(committedPositions, committedPositions, committedPositions, 0, 0),
                Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"), Set.of("44"), MANDATAIRE, false, false, financialBalance);
    }

    @Test
    void permanentEntryNeedsAtLeastOneIntention() {
        SessionRequestRules.Facts none = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 1,
                new SessionRequestRules.Intentions(1, 0, 0, 1, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                Set.of("44"), MANDATAIRE, false, true, null);
        assertEquals(RuleOutcome.FAIL, outcome(none, SessionRequestRules.GROUP_SIZE));
    }

    @Test
    void theTrainingBelongsToTheLotsSectorWithoutDerogation() {
        SessionRequestRules.Facts other = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.NUMERIQUE, Set.of("44"),
                Set.of("44"), MANDATAIRE, false, false, null);
        Evaluation evaluation = SessionRequestRules.evaluate(other).withDerogations(Map.of(SessionRequestRules.SECTOR, "d"));
        assertEquals(RuleOutcome.FAIL, evaluation.rule(SessionRequestRules.SECTOR).outcome());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    @Test
    void placesOutsideTheLotsTerritoryNeedTheRegionsStudy() {
        SessionRequestRules.Facts away = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                Set.of("44", "49"), MANDATAIRE, false, false, null);
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(away, SessionRequestRules.TERRITORY));
        SessionRequestRules.Facts regionWide = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("REGION"),
                Set.of("53", "85"), MANDATAIRE, false, false, null);
        assertEquals(RuleOutcome.PASS, outcome(regionWide, SessionRequestRules.TERRITORY));
    }

    @Test
    void whoSubmits() {
        for (var submitter : Map.of(
                new SessionRequestRules.Submitter(GroupementRole.MANDATAIRE, true, false), RuleOutcome.PASS,
                new SessionRequestRules.Submitter(GroupementRole.CO_TRAITANT, true, false), RuleOutcome.PASS,
                new SessionRequestRules.Submitter(GroupementRole.SOUS_TRAITANT, true, false), RuleOutcome.PASS,
                new SessionRequestRules.Submitter(GroupementRole.SOUS_TRAITANT, false, false), RuleOutcome.FAIL,
                new SessionRequestRules.Submitter(null, false, false), RuleOutcome.FAIL,
                new SessionRequestRules.Submitter(null, false, true), RuleOutcome.PASS).entrySet()) {
            SessionRequestRules.Facts f = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                    new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                    Set.of("44"), submitter.getKey(), false, false, null);
            assertEquals(submitter.getValue(), outcome(f, SessionRequestRules.SUBMITTER), submitter.getKey().toString());
        }
    }

    @Test
    void aWithdrawnApprovalStopsNewRequestsNotAnAuthorisedSession_issue25() {
        java.util.UUID approval = java.util.UUID.randomUUID();
        for (var submitter : Map.of(
                new SessionRequestRules.Submitter(GroupementRole.SOUS_TRAITANT, true, false, approval, false), RuleOutcome.PASS,
                new SessionRequestRules.Submitter(GroupementRole.SOUS_TRAITANT, false, false, approval, false), RuleOutcome.FAIL,
                new SessionRequestRules.Submitter(GroupementRole.SOUS_TRAITANT, false, false, approval, true), RuleOutcome.PASS)
                .entrySet()) {
            SessionRequestRules.Facts f = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                    new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                    Set.of("44"), submitter.getKey(), false, false, null);
            var result = SessionRequestRules.evaluate(f).rule(SessionRequestRules.SUBMITTER);
            assertEquals(submitter.getValue(), result.outcome(), submitter.getKey().toString());
            org.junit.jupiter.api.Assertions.assertTrue(result.message().contains(approval.toString()), "names the approval it relies on");
        }
    }

    @Test
    void onlyAnAuthorisedSessionOutlivesItsSubcontractorsApproval_issue25() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.EnumSet.of(SessionStatus.AUTHORISED, SessionStatus.STARTED,
                SessionStatus.COMPLETED), SessionRequestRules.AUTHORISED_ONCE);
    }

    @Test
    void aTrainingBeyondTheRegionIsInsideALotThatReachesThere_issue25() {
        SessionRequestRules.Facts redon = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(5, 5, 5, 0, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44", "35"),
                Set.of("35"), MANDATAIRE, false, false, null);
        assertEquals(RuleOutcome.PASS, outcome(redon, SessionRequestRules.TERRITORY));
    }

    @Test
    void theIntentionsAreEligibleOrAwaitTheirDerogation() {
        var awaiting = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(6, 5, 5, 1, 0), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                Set.of("44"), MANDATAIRE, false, false, null);
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(awaiting, SessionRequestRules.INTENTIONS));
        var ineligible = new SessionRequestRules.Facts(SessionKind.ONE_JOB_ONE_TRAINING, 5,
                new SessionRequestRules.Intentions(6, 5, 5, 0, 1), Sector.CONSTRUCTION, Sector.CONSTRUCTION, Set.of("44"),
                Set.of("44"), MANDATAIRE, false, false, null);
        assertEquals(RuleOutcome.FAIL, outcome(ineligible, SessionRequestRules.INTENTIONS));
        assertEquals(RuleOutcome.FAIL, outcome(facts(0, 0, true, false), SessionRequestRules.INTENTIONS));
    }

    @Test
    void socleSessionsFollowTheLotsFrameNotTheSchemesGroupSizeNorTerritory() {
        var small = new SessionRequestRules.Facts(SessionKind.SOCLE, 3, new SessionRequestRules.Intentions(0, 0, 0, 0, 0),
                Sector.SPORT, Sector.SPORT, Set.of("44"), Set.of("85"), new SessionRequestRules.Submitter(null, false, true),
                false, false, null);
        assertEquals(RuleOutcome.PASS, outcome(small, SessionRequestRules.GROUP_SIZE));
        assertEquals(RuleOutcome.PASS, outcome(small, SessionRequestRules.TERRITORY));
        assertEquals("§10", SessionRequestRules.evaluate(small).rule(SessionRequestRules.GROUP_SIZE).faqRef());
        assertEquals(Verdict.ELIGIBLE, SessionRequestRules.evaluate(small).outcome());
    }

    @Test
    void socleSessionsNeedNoIntention() {
        var socle = new SessionRequestRules.Facts(SessionKind.SOCLE, 8, new SessionRequestRules.Intentions(0, 0, 0, 0, 0),
                Sector.SPORT, Sector.SPORT, Set.of("REGION"), Set.of("44"), new SessionRequestRules.Submitter(null, false, true),
                false, false, null);
        assertEquals(Verdict.ELIGIBLE, SessionRequestRules.evaluate(socle).outcome());
    }

    @Test
    void aBodysMovesOnARequestAreItsSubmittersOwnAndTheDecisionsTheRegions() {
        assertEquals(java.util.EnumSet.of(SessionTransition.SUBMIT, SessionTransition.WITHDRAW, SessionTransition.START,
                SessionTransition.COMPLETE, SessionTransition.CANCEL),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(SessionTransition.values()).filter(SessionRequestRules::submitterActs).toList()));
    }

    @Test
    void aNewCalendarIsForAnAuthorisedSessionNotYetStartedAgreedWithTheEmployers() {
        assertEquals(null, SessionRequestRules.calendarRefusal(SessionStatus.AUTHORISED, true));
        assertEquals("Every employer engaged on the session must agree to the new calendar (§6)",
                SessionRequestRules.calendarRefusal(SessionStatus.AUTHORISED, false));
        for (SessionStatus other : SessionStatus.values()) {
            if (other != SessionStatus.AUTHORISED) {
                assertTrue(SessionRequestRules.calendarRefusal(other, true).contains("not yet started (§6)"), other.name());
            }
        }
    }
}
