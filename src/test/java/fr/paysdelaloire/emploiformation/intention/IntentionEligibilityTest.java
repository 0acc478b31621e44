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

import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.intention.IntentionEligibility.Commitment;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.Verdict;

/** One test per row of domain.md's table of hiring-intention rules, boundaries included. */
class IntentionEligibilityTest {

    static IntentionEligibility.Facts facts(ContractType type, Integer months, String hours, String department,
            boolean proof, boolean contested, Set<InvolvementStep> steps) {
        return facts(type, months, hours, department, proof, contested ? Commitment.CONTESTED : Commitment.FREE, true, steps);
    }

    static IntentionEligibility.Facts facts(ContractType type, Integer months, String hours, String department,
            boolean proof, Commitment commitment, boolean wholeRegister, Set<InvolvementStep> steps) {
        return new IntentionEligibility.Facts(type, months, new BigDecimal(hours), department, proof, commitment, wholeRegister, steps);
    }

    static IntentionEligibility.Facts eligible() {
        return facts(ContractType.CDI, null, "35", "44", true, false, EnumSet.of(InvolvementStep.IMMERSION));
    }

    static RuleOutcome outcome(IntentionEligibility.Facts facts, String rule) {
        return IntentionEligibility.evaluate(facts).rule(rule).outcome();
    }

    @Test
    void aCdiInTheRegionWithProofIsEligibleWithoutAdvice() {
        Evaluation evaluation = IntentionEligibility.evaluate(eligible());
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(5, evaluation.rules().size());
        assertTrue(evaluation.advice().isEmpty());
        evaluation.rules().forEach(r -> assertTrue(r.faqRef().startsWith("§"), r.rule()));
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = { "CDI", "CDI_INTERIMAIRE", "CDPI", "ETTI", "APPRENTICESHIP", "PROFESSIONALISATION" })
    void lastingContractsPass(ContractType type) {
        assertEquals(RuleOutcome.PASS, outcome(facts(type, null, "35", "44", true, false, Set.of()), IntentionEligibility.CONTRACT_TYPE));
    }

    @Test
    void aCddOfSixMonthsOrMorePassesAndAShorterOneNeedsADerogation() {
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDD, 6, "35", "44", true, false, Set.of()), IntentionEligibility.CONTRACT_TYPE));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDD, 18, "35", "44", true, false, Set.of()), IntentionEligibility.CONTRACT_TYPE));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDD, 5, "35", "44", true, false, Set.of()), IntentionEligibility.CONTRACT_TYPE));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDD, 1, "35", "44", true, false, Set.of()), IntentionEligibility.CONTRACT_TYPE));
        assertEquals("§3, §8", IntentionEligibility.evaluate(facts(ContractType.CDD, 4, "35", "44", true, false, Set.of()))
                .rule(IntentionEligibility.CONTRACT_TYPE).faqRef());
    }

    @ParameterizedTest
    @EnumSource(value = ContractType.class, names = { "CIE", "SIAE_INSERTION" })
    void cieAndSiaeJobsFail(ContractType type) {
        Evaluation evaluation = IntentionEligibility.evaluate(facts(type, null, "35", "44", true, false, Set.of()));
        assertEquals(RuleOutcome.FAIL, evaluation.rule(IntentionEligibility.CONTRACT_TYPE).outcome());
        assertEquals("§3", evaluation.rule(IntentionEligibility.CONTRACT_TYPE).faqRef());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    @Test
    void twentyFourHoursAWeekIsTheThreshold() {
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "24", "44", true, false, Set.of()), IntentionEligibility.WEEKLY_HOURS));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "24.0", "44", true, false, Set.of()), IntentionEligibility.WEEKLY_HOURS));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "23.9", "44", true, false, Set.of()), IntentionEligibility.WEEKLY_HOURS));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "15", "44", true, false, Set.of()), IntentionEligibility.WEEKLY_HOURS));
    }

    @Test
    void employersOutsideTheRegionNeedADerogation() {
        for (String department : new String[] { "44", "49", "53", "72", "85" }) {
            assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "35", department, true, false, Set.of()),
                    IntentionEligibility.EMPLOYER_LOCATION));
        }
        for (String department : new String[] { "35", "56", "79", "75", "2A", "974" }) {
            assertEquals(RuleOutcome.NEEDS_DEROGATION, outcome(facts(ContractType.CDI, null, "35", department, true, false, Set.of()),
                    IntentionEligibility.EMPLOYER_LOCATION));
        }
    }

    @Test
    void withoutWrittenProofItIsNotEligible() {
        Evaluation evaluation = IntentionEligibility.evaluate(facts(ContractType.CDI, null, "35", "44", false, false, Set.of()));
        assertEquals(RuleOutcome.FAIL, evaluation.rule(IntentionEligibility.WRITTEN_PROOF).outcome());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    /** Issue #17 (6): a second body's written intention goes to the Region's arbitration; it is no longer refused. */
    @Test
    void anEmployerHeldByAnotherBodyIsForTheRegionToArbitrate() {
        Evaluation contested = IntentionEligibility.evaluate(facts(ContractType.CDI, null, "35", "44", true, true, Set.of()));
        assertEquals(RuleOutcome.NEEDS_DEROGATION, contested.rule(IntentionEligibility.ONE_TRAINING_BODY).outcome());
        assertEquals(Verdict.NEEDS_DEROGATION, contested.outcome());
        assertTrue(contested.rule(IntentionEligibility.ONE_TRAINING_BODY).message().contains("la Région arbitre"));
        assertEquals(RuleOutcome.PASS, outcome(eligible(), IntentionEligibility.ONE_TRAINING_BODY));
        assertEquals(RuleOutcome.PASS, outcome(facts(ContractType.CDI, null, "35", "44", true, Commitment.ARBITRATED_FOR, true,
                Set.of()), IntentionEligibility.ONE_TRAINING_BODY));
        assertEquals(RuleOutcome.FAIL, outcome(facts(ContractType.CDI, null, "35", "44", true, Commitment.ARBITRATED_AGAINST, true,
                Set.of()), IntentionEligibility.ONE_TRAINING_BODY));
    }

    @Test
    void aDryRunSaysItWeighedOnlyWhatTheCallerMayRead() {
        String partial = IntentionEligibility.evaluate(facts(ContractType.CDI, null, "35", "44", true, Commitment.FREE, false,
                Set.of())).rule(IntentionEligibility.ONE_TRAINING_BODY).message();
        assertTrue(partial.contains("parmi les intentions que vous pouvez consulter"), partial);
        String whole = IntentionEligibility.evaluate(eligible()).rule(IntentionEligibility.ONE_TRAINING_BODY).message();
        assertFalse(whole.contains("consulter"), whole);
    }

    @Test
    void involvementWithoutImmersionIsAdviceNotABlock() {
        Evaluation evaluation = IntentionEligibility.evaluate(facts(ContractType.CDI, null, "35", "44", true, false,
                EnumSet.of(InvolvementStep.FINAL_JURY)));
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(1, evaluation.advice().size());
        assertEquals(IntentionEligibility.EMPLOYER_INVOLVEMENT, evaluation.advice().get(0).rule());
    }

    @Test
    void theVerdictIsTheWorstOutcome() {
        assertEquals(Verdict.NEEDS_DEROGATION,
                IntentionEligibility.evaluate(facts(ContractType.CDD, 4, "20", "35", true, false, Set.of())).outcome());
        assertEquals(Verdict.INELIGIBLE,
                IntentionEligibility.evaluate(facts(ContractType.CDD, 4, "20", "35", false, false, Set.of())).outcome());
    }
}
