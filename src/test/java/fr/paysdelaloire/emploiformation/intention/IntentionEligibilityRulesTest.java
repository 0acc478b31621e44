package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.paysdelaloire.emploiformation.intention.IntentionEligibilityRules.Commitment;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/** One test per row of domain.md's table of hiring-intention rules, boundaries included. */
class IntentionEligibilityRulesTest {

    static IntentionEligibilityRules.Facts facts(ContractType type, Integer months, String hours, String department,
            boolean proof, boolean contested, Set<InvolvementStep> steps) {
        return facts(type, months, hours, department, proof, contested ? Commitment.CONTESTED : Commitment.FREE, true, steps);
    }

    static IntentionEligibilityRules.Facts facts(ContractType type, Integer months, String hours, String department,
            boolean proof, Commitment commitment, boolean wholeRegister, Set<InvolvementStep> steps) {
        return new IntentionEligibilityRules.Facts(type, months, new BigDecimal(hours), department, proof, commitment, wholeRegister, steps);
    }

    static IntentionEligibilityRules.Facts eligible() {
        return facts(ContractType.CDI, null, "35", "44", true, false, EnumSet.of(InvolvementStep.IMMERSION));
    }

    static RuleOutcome outcome(IntentionEligibilityRules.Facts facts, String rule) {
        return IntentionEligibilityRules.evaluate(facts).rule(rule).outcome();
    }

    @Test
    void aCdiInTheRegionWithProofIsEligibleWithoutAdvice() {
        Evaluation evaluation = IntentionEligibilityRules.evaluate(eligible());
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(5, evaluation.rules().size());
        assertTrue(evaluation.advice().isEmpty());
        evaluation.rules().forEach(r -> assertTrue(r.faqRef().startsWith("§"), r.rule()));
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = { "CDI", "CDI_INTERIMAIRE", "CDPI", "ETTI", "APPRENTICESHIP", "PROFESSIONALISATION" })
    void lastingContractsPass(ContractType type) {
        assertEquals(RuleOutcome.PASS, outcome(facts(type, null, "35", "44", true, false, Set.of()), IntentionEligibilityRules.CONTRACT_TYPE));
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = { "APPRENTICESHIP", "PROFESSIONALISATION" })
    void workStudyContractsCiteTheRegions2024PresentationNotTheFaq_issue25(ContractType type) {
        assertEquals(IntentionEligibilityRules.REGION_PRESENTATION_2024, IntentionEligibilityRules
                .evaluate(facts(type, null, "35", "44", true, false, Set.of())).rule(IntentionEligibilityRules.CONTRACT_TYPE).faqRef());
    }

    @Test
    void aCddOfSixMonthsOrMorePassesAndAShorterOneNeedsADerogation() {
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDD, 6, "35", "44", true, false, Set.of()), IntentionEligibilityRules.CONTRACT_TYPE));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDD, 18, "35", "44", true, false, Set.of()), IntentionEligibilityRules.CONTRACT_TYPE));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDD, 5, "35", "44", true, false, Set.of()), IntentionEligibilityRules.CONTRACT_TYPE));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDD, 1, "35", "44", true, false, Set.of()), IntentionEligibilityRules.CONTRACT_TYPE));
        assertEquals("§3, §8", IntentionEligibilityRules.evaluate(facts(ContractType.CDD, 4, "35", "44", true, false, Set.of()))
                .rule(IntentionEligibilityRules.CONTRACT_TYPE).faqRef());
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = { "CIE", "SIAE_INSERTION" })
    void cieAndSiaeJobsFail(ContractType type) {
        Evaluation evaluation = IntentionEligibilityRules.evaluate(facts(type, null, "35", "44", true, false, Set.of()));
        assertEquals(RuleOutcome.FAIL, evaluation.rule(IntentionEligibilityRules.CONTRACT_TYPE).outcome());
        assertEquals("§3", evaluation.rule(IntentionEligibilityRules.CONTRACT_TYPE).faqRef());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    @Test
    void twentyFourHoursAWeekIsTheThreshold() {
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "24", "44", true, false, Set.of()), IntentionEligibilityRules.WEEKLY_HOURS));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "24.0", "44", true, false, Set.of()), IntentionEligibilityRules.WEEKLY_HOURS));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "23.9", "44", true, false, Set.of()), IntentionEligibilityRules.WEEKLY_HOURS));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "15", "44", true, false, Set.of()), IntentionEligibilityRules.WEEKLY_HOURS));
    }

    @Test
    void employersOutsideTheRegionNeedADerogation() {
        for (String department : new String[] { "44", "49", "53", "72", "85" }) {
            assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "35", department, true, false, Set.of()),
                    IntentionEligibilityRules.EMPLOYER_LOCATION));
        }
        for (String department : new String[] { "35", "56", "79", "75", "2A", "974" }) {
            assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "35", department, true, false, Set.of()),
                    IntentionEligibilityRules.EMPLOYER_LOCATION));
        }
    }

    @Test
    void withoutWrittenProofItIsNotEligible() {
        Evaluation evaluation = IntentionEligibilityRules.evaluate(facts(ContractType.CDI, null, "35", "44", false, false, Set.of()));
        assertEquals(RuleOutcome.FAIL, evaluation.rule(IntentionEligibilityRules.WRITTEN_PROOF).outcome());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    /** Issue #17 (6): a second body's written intention goes to the Region's arbitration; it is no longer refused. */
    @Test
    void anEmployerHeldByAnotherBodyIsForTheRegionToArbitrate() {
        Evaluation contested = IntentionEligibilityRules.evaluate(facts(ContractType.CDI, null, "35", "44", true, true, Set.of()));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, contested.rule(IntentionEligibilityRules.ONE_TRAINING_BODY).outcome());
        assertEquals(Verdict.NEEDS_DEROGATION, contested.outcome());
        assertTrue(contested.rule(IntentionEligibilityRules.ONE_TRAINING_BODY).message().contains("la Région arbitre"));
        assertEquals(RuleOutcome.PASS, outcome(eligible(), IntentionEligibilityRules.ONE_TRAINING_BODY));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "35", "44", true, Commitment.ARBITRATED_FOR, true,
                Set.of()), IntentionEligibilityRules.ONE_TRAINING_BODY));
        assertEquals(RuleOutcome.FAIL, outcome(facts(ContractType.CDI, null, "35", "44", true, Commitment.ARBITRATED_AGAINST, true,
                Set.of()), IntentionEligibilityRules.ONE_TRAINING_BODY));
    }

    @Test
    void aDryRunSaysItWeighedOnlyWhatTheCallerMayRead() {
        String partial = IntentionEligibilityRules.evaluate(facts(ContractType.CDI, null, "35", "44", true, Commitment.FREE, false,
                Set.of())).rule(IntentionEligibilityRules.ONE_TRAINING_BODY).message();
        assertTrue(partial.contains("parmi les intentions que vous pouvez consulter"), partial);
        String whole = IntentionEligibilityRules.evaluate(eligible()).rule(IntentionEligibilityRules.ONE_TRAINING_BODY).message();
        assertFalse(whole.contains("consulter"), whole);
    }

    @Test
    void involvementWithoutImmersionIsAdviceNotABlock() {
        Evaluation evaluation = IntentionEligibilityRules.evaluate(facts(ContractType.CDI, null, "35", "44", true, false,
                EnumSet.of(InvolvementStep.FINAL_JURY)));
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(1, evaluation.advice().size());
        assertEquals(IntentionEligibilityRules.EMPLOYER_INVOLVEMENT, evaluation.advice().get(0).rule());
    }

    @Test
    void theJobSeekerIsHostedOnlyThroughAnImmersion_issue25() {
        assertTrue(IntentionEligibilityRules.hostsTheJobSeeker(EnumSet.of(InvolvementStep.IMMERSION)));
        assertTrue(IntentionEligibilityRules.hostsTheJobSeeker(EnumSet.of(InvolvementStep.CANDIDATE_SELECTION, InvolvementStep.IMMERSION)));
        assertFalse(IntentionEligibilityRules.hostsTheJobSeeker(Set.of()));
        assertFalse(IntentionEligibilityRules.hostsTheJobSeeker(EnumSet.complementOf(EnumSet.of(InvolvementStep.IMMERSION))));
    }

    @Test
    void aSessionRequestCountsItsLiveIntentionsWithoutImmersion_issue25() {
        IntentionLedger.Summary hosted = summary(IntentionStatus.ATTACHED, java.util.List.of(InvolvementStep.IMMERSION));
        IntentionLedger.Summary notHosted = summary(IntentionStatus.ATTACHED, java.util.List.of(InvolvementStep.FINAL_JURY));
        IntentionLedger.Summary withdrawn = summary(IntentionStatus.WITHDRAWN, java.util.List.of());
        assertFalse(hosted.withoutImmersion());
        assertTrue(notHosted.withoutImmersion());
        assertFalse(withdrawn.withoutImmersion(), "a withdrawn intention no longer counts");
    }

    static IntentionLedger.Summary summary(IntentionStatus status, java.util.List<InvolvementStep> steps) {
        return new IntentionLedger.Summary(java.util.UUID.randomUUID(), status, Verdict.ELIGIBLE, 1, "73866205898790",
                "73282932000074", "F1703", steps, "44109", "44");
    }

    @Test
    void theVerdictIsTheWorstOutcome() {
        assertEquals(Verdict.NEEDS_DEROGATION,
                IntentionEligibilityRules.evaluate(facts(ContractType.CDD, 4, "20", "35", true, false, Set.of())).outcome());
        assertEquals(Verdict.INELIGIBLE,
                IntentionEligibilityRules.evaluate(facts(ContractType.CDD, 4, "20", "35", false, false, Set.of())).outcome());
    }

    @Test
    void anOpenNeed_passesTheOneBodyRuleAsOpen_andNeedsNoProofUntilTheEmployerChooses_issue21() {
        IntentionEligibilityRules.Facts open = facts(ContractType.CDI, null, "35", "49", false, Commitment.OPEN, true,
                EnumSet.of(InvolvementStep.IMMERSION));
        Evaluation evaluation = IntentionEligibilityRules.evaluate(open);
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(RuleOutcome.PASS, evaluation.rule(IntentionEligibilityRules.ONE_TRAINING_BODY).outcome());
        assertTrue(evaluation.rule(IntentionEligibilityRules.WRITTEN_PROOF).message().contains("Besoin ouvert"));
        // the other rules hold as for any intention: a CIE is no more eligible as a need
        assertEquals(RuleOutcome.FAIL, outcome(facts(ContractType.CIE, null, "35", "49", false, Commitment.OPEN, true,
                EnumSet.of(InvolvementStep.IMMERSION)), IntentionEligibilityRules.CONTRACT_TYPE));
        // once a body is named, no proof fails again
        assertEquals(RuleOutcome.FAIL, outcome(facts(ContractType.CDI, null, "35", "49", false, Commitment.FREE, true,
                EnumSet.of(InvolvementStep.IMMERSION)), IntentionEligibilityRules.WRITTEN_PROOF));
    }
}
