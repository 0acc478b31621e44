package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.reference.GroupementDirectory.LotFacts;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory.Member;
import fr.paysdelaloire.emploiformation.reference.GroupementRole;
import fr.paysdelaloire.emploiformation.reference.Sector;

/** Who sees an open need, when it takes proposals and a choice, and when nobody answered it (issue #21). */
class OpenNeedRulesTest {

    static final String MANDATAIRE = "73866205898790";
    static final String COTRAITANT = "42525779372180";
    static final String SUBCONTRACTOR = "41566010057462";
    static final String STRANGER = "13002526500013";

    static LotFacts lot(Sector sector, Set<String> departments, boolean subcontractorApproved) {
        return new LotFacts("L", sector, departments, BigDecimal.TEN, MANDATAIRE,
                Map.of(MANDATAIRE, new Member(GroupementRole.MANDATAIRE, true), COTRAITANT, new Member(GroupementRole.CO_TRAITANT, true),
                        SUBCONTRACTOR, new Member(GroupementRole.SOUS_TRAITANT, subcontractorApproved)), 0);
    }

    @Test
    void theBodiesOfALotOfTheJobsSectorAndTheWorkplacesTerritorySeeIt_faq2() {
        List<LotFacts> lots = List.of(lot(Sector.CONSTRUCTION, Set.of("49"), false));
        assertTrue(OpenNeedRules.covers(lots, MANDATAIRE, Sector.CONSTRUCTION, "49"));
        assertTrue(OpenNeedRules.covers(lots, COTRAITANT, Sector.CONSTRUCTION, "49"));
        assertFalse(OpenNeedRules.covers(lots, SUBCONTRACTOR, Sector.CONSTRUCTION, "49"), "a sous-traitant not approved");
        assertFalse(OpenNeedRules.covers(lots, STRANGER, Sector.CONSTRUCTION, "49"));
        assertFalse(OpenNeedRules.covers(lots, MANDATAIRE, Sector.COMMERCE, "49"), "another sector");
        assertFalse(OpenNeedRules.covers(lots, MANDATAIRE, Sector.CONSTRUCTION, "44"), "another territory");
        assertTrue(OpenNeedRules.covers(List.of(lot(Sector.CONSTRUCTION, Set.of("44"), true)), SUBCONTRACTOR, Sector.CONSTRUCTION, "44"));
    }

    @Test
    void aRegionWideLotCoversTheFiveDépartements_notAnEmployerOutsideTheRegion() {
        List<LotFacts> lots = List.of(lot(Sector.CONSTRUCTION, Set.of("REGION"), false));
        assertTrue(OpenNeedRules.covers(lots, MANDATAIRE, Sector.CONSTRUCTION, "85"));
        assertFalse(OpenNeedRules.covers(lots, MANDATAIRE, Sector.CONSTRUCTION, "35"));
        assertEquals(Map.of(Sector.CONSTRUCTION, Set.of("44", "49", "53", "72", "85")), OpenNeedRules.coverage(lots, MANDATAIRE));
    }

    @Test
    void theCoverageIsTheSameTestInTheShapeOfAQuery() {
        List<LotFacts> lots = List.of(lot(Sector.CONSTRUCTION, Set.of("49"), false), lot(Sector.CONSTRUCTION, Set.of("53"), false),
                lot(Sector.COMMERCE, Set.of("72"), false));
        assertEquals(Map.of(Sector.CONSTRUCTION, Set.of("49", "53"), Sector.COMMERCE, Set.of("72")), OpenNeedRules.coverage(lots, COTRAITANT));
        assertEquals(Map.of(), OpenNeedRules.coverage(lots, SUBCONTRACTOR));
        assertEquals(Map.of(), OpenNeedRules.coverage(lots, STRANGER));
    }

    @Test
    void anEligibleOrAwaitingNeedTakesProposals_whileOpen() {
        assertTrue(OpenNeedRules.takesProposals(true, IntentionStatus.ELIGIBLE));
        assertTrue(OpenNeedRules.takesProposals(true, IntentionStatus.AWAITING_DEROGATION));
        assertFalse(OpenNeedRules.takesProposals(true, IntentionStatus.INELIGIBLE));
        assertFalse(OpenNeedRules.takesProposals(true, IntentionStatus.WITHDRAWN));
        assertFalse(OpenNeedRules.takesProposals(false, IntentionStatus.ELIGIBLE));
    }

    @Test
    void theEmployersChoiceIsRecordedOnce_onANeedStillAlive_faq6() {
        assertNull(OpenNeedRules.takeUpRefusal(true, IntentionStatus.ELIGIBLE));
        assertNull(OpenNeedRules.takeUpRefusal(true, IntentionStatus.INELIGIBLE));
        assertNotNull(OpenNeedRules.takeUpRefusal(false, IntentionStatus.ELIGIBLE));
        assertTrue(OpenNeedRules.takeUpRefusal(true, IntentionStatus.WITHDRAWN).contains("WITHDRAWN"));
    }

    @Test
    void aNeedIsUnansweredWhenOpenAliveOldEnoughAndNobodyProposed_faq2() {
        OffsetDateTime raised = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        Duration after = Duration.ofDays(15);
        assertFalse(OpenNeedRules.unanswered(true, IntentionStatus.ELIGIBLE, raised, false, raised.plusDays(15).minusSeconds(1), after));
        assertTrue(OpenNeedRules.unanswered(true, IntentionStatus.ELIGIBLE, raised, false, raised.plusDays(15), after));
        assertTrue(OpenNeedRules.unanswered(true, IntentionStatus.INELIGIBLE, raised, false, raised.plusDays(30), after));
        assertFalse(OpenNeedRules.unanswered(true, IntentionStatus.ELIGIBLE, raised, true, raised.plusDays(30), after), "a proposal");
        assertFalse(OpenNeedRules.unanswered(false, IntentionStatus.ELIGIBLE, raised, false, raised.plusDays(30), after), "taken up");
        assertFalse(OpenNeedRules.unanswered(true, IntentionStatus.WITHDRAWN, raised, false, raised.plusDays(30), after));
    }
}
