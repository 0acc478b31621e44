package fr.paysdelaloire.emploiformation.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionStatus;
import fr.paysdelaloire.emploiformation.intention.InvolvementStep;
import fr.paysdelaloire.emploiformation.rules.Verdict;

class PublicationRulesTest {

    @Test
    void theJobsArePlacedByCommuneWithTheirPositions_sortedByDepartmentThenCommune_issue25() {
        List<PublishedSession.JobLocation> places = PublicationRules.jobLocations(List.of(
                intention("53130", "53", 1), intention("44109", "44", 2), intention("49007", "49", 1),
                intention("44109", "44", 1), intention("44190", "44", 1)));
        assertEquals(List.of(new PublishedSession.JobLocation("44109", "44", 3), new PublishedSession.JobLocation("44190", "44", 1),
                new PublishedSession.JobLocation("49007", "49", 1), new PublishedSession.JobLocation("53130", "53", 1)), places);
        assertEquals(List.of(), PublicationRules.jobLocations(List.of()));
    }

    @Test
    void aBorderingEmployersPlaceIsShownToo_issue25() {
        // §1: an employer of a bordering département of the same employment basin, by derogation
        assertEquals(List.of(new PublishedSession.JobLocation("35238", "35", 1)),
                PublicationRules.jobLocations(List.of(intention("35238", "35", 1))));
    }

    static IntentionLedger.Summary intention(String commune, String department, int positions) {
        return new IntentionLedger.Summary(UUID.randomUUID(), IntentionStatus.COVERED, Verdict.ELIGIBLE, positions, "73866205898790",
                "73282932000074", "F1703", List.of(InvolvementStep.IMMERSION), commune, department);
    }
}
