package fr.paysdelaloire.emploiformation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.api.Problem.Violation;

class LotRulesTest {

    static LotBody lot(String sector, List<String> departments, List<LotBody.Member> members,
            List<LotBody.Subcontractor> subs, List<LotBody.Certification> certifications) {
        return lot(sector, departments, null, members, subs, certifications);
    }

    static LotBody lot(String sector, List<String> departments, String beyondRegion, List<LotBody.Member> members,
            List<LotBody.Subcontractor> subs, List<LotBody.Certification> certifications) {
        return new LotBody("Lot", sector, departments, beyondRegion, new BigDecimal("14.50"), 1000, "73866205898790", "Mandataire",
                "52440123444", members, subs, certifications);
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aWellFormedLotHasNoViolation() {
        assertEquals(List.of(), LotRules.check(lot("CONSTRUCTION", List.of("44", "49"),
                List.of(new LotBody.Member("42525779372180", "A", "52440987644")),
                List.of(new LotBody.Subcontractor("41566010057462", "B", "52490456749", false)),
                List.of(new LotBody.Certification("RNCP", "RNCP35185", "Maçon", true),
                        new LotBody.Certification("RS", "RS5460", "Num", false),
                        new LotBody.Certification("SKILLS_BLOCK", "RNCP35185BC01", "Bloc", false)))));
    }

    @Test
    void theSectorMustBeOneOfTheMarkets() {
        assertEquals(List.of("sector"), fields(LotRules.check(lot("FISHING", List.of("44"), null, null, null))));
    }

    @Test
    void theTerritoryIsRegionalDepartmentsOrTheWholeRegion() {
        assertEquals(List.of(), LotRules.check(lot("SPORT", List.of("REGION"), null, null, null)));
        assertEquals(List.of("departments[1]"), fields(LotRules.check(lot("SPORT", List.of("44", "44"), null, null, null))));
        assertEquals(List.of("departments"), fields(LotRules.check(lot("SPORT", List.of("REGION", "44"), null, null, null))));
        assertEquals(List.of("departments[1]", "departments[2]", "departments[3]"),
                fields(LotRules.check(lot("SPORT", List.of("44", "20", "99", "4"), null, null, null))));
    }

    @Test
    void aLotReachesBeyondTheRegionOnlyWithTheRegionsReason_issue25() {
        // §1: "des dérogations peuvent être étudiées, pour les lots dont la portée dépasse le niveau régional"
        assertEquals(List.of("beyond_region"), fields(LotRules.check(lot("SPORT", List.of("44", "35"), null, null, null))));
        assertEquals(List.of("beyond_region"), fields(LotRules.check(lot("SPORT", List.of("44", "35"), " ", null, null, null))));
        assertEquals(List.of(), LotRules.check(lot("SPORT", List.of("44", "35"), "Bassin de Redon", null, null, null)));
        assertEquals(List.of(), LotRules.check(lot("SPORT", List.of("REGION", "35", "2A", "974"), "Portée nationale", null, null, null)));
        assertEquals(List.of("beyond_region"), fields(LotRules.check(lot("SPORT", List.of("44"), "sans objet", null, null, null))));
        assertTrue(LotRules.reachesBeyondTheRegion(List.of("44", "35")));
        assertFalse(LotRules.reachesBeyondTheRegion(List.of("REGION")));
    }

    @Test
    void aTrainingBeyondTheRegionIsInsideALotThatListsItsDepartement_issue25() {
        assertTrue(Territory.covers(Set.of("44", "35"), "35"));
        assertTrue(Territory.covers(Set.of("REGION", "35"), "72"));
        assertFalse(Territory.covers(Set.of("REGION"), "35"), "REGION is the Region's five départements, no more");
        assertTrue(Territory.isDepartment("2B"));
        assertFalse(Territory.isDepartment("20"));
        assertTrue(Territory.isDepartment("976"));
        assertFalse(Territory.isDepartment("977"));
    }

    @Test
    void aBodyHasOnePlaceInTheGroupement() {
        assertEquals(List.of("members[0].siret"), fields(LotRules.check(lot("SPORT", List.of("44"),
                List.of(new LotBody.Member("73866205898790", "the mandataire again", "52440987644")), null, null))));
        assertEquals(List.of("subcontractors[0].siret"), fields(LotRules.check(lot("SPORT", List.of("44"),
                List.of(new LotBody.Member("42525779372180", "A", "52440987644")),
                List.of(new LotBody.Subcontractor("42525779372180", "A", "52490456749", true)), null))));
    }

    @Test
    void aCertificationCodeMatchesItsRegisterOnce() {
        assertEquals(List.of("certifications[0].code", "certifications[1].code", "certifications[2].code",
                "certifications[4].code"),
                fields(LotRules.check(lot("SPORT", List.of("44"), null, null, List.of(
                        new LotBody.Certification("RNCP", "RS5460", "x", true),
                        new LotBody.Certification("RS", "RNCP35185", "x", true),
                        new LotBody.Certification("SKILLS_BLOCK", "RNCP35185", "x", true),
                        new LotBody.Certification("RNCP", "RNCP35185", "x", true),
                        new LotBody.Certification("RNCP", "RNCP35185", "x", false))))));
    }

    @Test
    void lotCodes() {
        assertTrue(LotRules.isLotCode("CONSTR-44"));
        assertTrue(LotRules.isLotCode("A1"));
        assertFalse(LotRules.isLotCode("A"));
        assertFalse(LotRules.isLotCode("-A"));
        assertFalse(LotRules.isLotCode("constr-44"));
        assertFalse(LotRules.isLotCode("X".repeat(33)));
        assertFalse(LotRules.isLotCode(null));
    }

    @Test
    void territoryCoverage() {
        assertTrue(Territory.covers(Set.of("REGION"), "53"));
        assertFalse(Territory.covers(Set.of("REGION"), "35"));
        assertTrue(Territory.covers(Set.of("44", "49"), "49"));
        assertFalse(Territory.covers(Set.of("44"), "49"));
    }
}
