package fr.paysdelaloire.emploiformation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SubcontractingRulesTest {

    static final String MANDATAIRE = "73866205898790";

    @Test
    void onlyABodyOutsideTheGroupementIsApprovedAsASubcontractor() {
        assertNotNull(SubcontractingRules.refusal(MANDATAIRE, MANDATAIRE, null));
        assertNotNull(SubcontractingRules.refusal("42525779372180", MANDATAIRE, GroupementRole.CO_TRAITANT));
        assertNull(SubcontractingRules.refusal("41566010057462", MANDATAIRE, GroupementRole.SOUS_TRAITANT), "listed by the Region");
        assertNull(SubcontractingRules.refusal("38012986600030", MANDATAIRE, null));
    }

    @Test
    void theMandatairesLastDecisionPrevails_thenWhatTheRegionRecorded() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        GroupementDirectory.Member recorded = new GroupementDirectory.Member(GroupementRole.SOUS_TRAITANT, true);
        assertEquals(recorded, SubcontractingRules.subcontractor(recorded, List.of()));
        assertNull(SubcontractingRules.subcontractor(null, List.of()));
        assertEquals(new GroupementDirectory.Member(GroupementRole.SOUS_TRAITANT, false, first),
                SubcontractingRules.subcontractor(recorded, List.of(new SubcontractingRules.Decision(first, false))),
                "the mandataire's withdrawal prevails over the Region's record");
        assertEquals(new GroupementDirectory.Member(GroupementRole.SOUS_TRAITANT, true, second),
                SubcontractingRules.subcontractor(null, List.of(new SubcontractingRules.Decision(first, false),
                        new SubcontractingRules.Decision(second, true))));
    }
}
