package fr.paysdelaloire.emploiformation.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.rules.Verdict;

class CandidateRulesTest {

    @Test
    void aJobSeekerFromAnyRegionIsValidated() {
        Evaluation evaluation = CandidateRules.evaluate(Situation.JOB_SEEKER, false);
        assertEquals(Verdict.ELIGIBLE, evaluation.outcome());
        assertEquals(RuleOutcome.PASS, evaluation.rule(CandidateRules.RESIDENCE).outcome());
        assertEquals("§5", evaluation.rule(CandidateRules.RESIDENCE).faqRef());
    }

    @Test
    void anEmployeeIsRefused() {
        Evaluation evaluation = CandidateRules.evaluate(Situation.EMPLOYEE, false);
        assertEquals(RuleOutcome.FAIL, evaluation.rule(CandidateRules.EMPLOYMENT_STATUS).outcome());
        assertEquals("§13", evaluation.rule(CandidateRules.EMPLOYMENT_STATUS).faqRef());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    @Test
    void aBusinessCreationProjectIsRefused() {
        Evaluation evaluation = CandidateRules.evaluate(Situation.JOB_SEEKER, true);
        assertEquals(RuleOutcome.FAIL, evaluation.rule(CandidateRules.BUSINESS_CREATION).outcome());
        assertEquals(Verdict.INELIGIBLE, evaluation.outcome());
    }

    @Test
    void anSiaeEmployeeOnlyOnceTheContractEnded() {
        assertEquals(RuleOutcome.FAIL, CandidateRules.evaluate(Situation.SIAE_EMPLOYEE, false).rule(CandidateRules.SIAE_CONTRACT).outcome());
        assertEquals(Verdict.INELIGIBLE, CandidateRules.evaluate(Situation.SIAE_EMPLOYEE, false).outcome());
        assertEquals(Verdict.ELIGIBLE, CandidateRules.evaluate(Situation.SIAE_EMPLOYEE_CONTRACT_ENDED, false).outcome());
        assertEquals("§3", CandidateRules.evaluate(Situation.SIAE_EMPLOYEE_CONTRACT_ENDED, false).rule(CandidateRules.SIAE_CONTRACT).faqRef());
    }

    @Test
    void anotherValidatorFollowsThePersonWhenTheNamesAreTheirs() {
        assertTrue(CandidateRules.sameIdentity("Camille", "Martin", "Camille", "Martin"));
        assertTrue(CandidateRules.sameIdentity(" camille ", "MARTIN", "Camille", "Martin"));
        assertTrue(CandidateRules.sameIdentity("Hélène", "Le Goff-Durand", "Helene", "le goff durand"));
        assertFalse(CandidateRules.sameIdentity("Camille", "Martin", "Camille", "Martins"));
        assertFalse(CandidateRules.sameIdentity("A", "B", "Camille", "Martin"));
    }

    @Test
    void aCorrectedSituationIsEvaluatedAgainOnlyOnceEvaluated() {
        assertEquals(CandidateStatus.CREATED, CandidateRules.statusAfterCorrection(CandidateStatus.CREATED, Verdict.ELIGIBLE));
        assertEquals(CandidateStatus.VALIDATED, CandidateRules.statusAfterCorrection(CandidateStatus.REFUSED, Verdict.ELIGIBLE));
        assertEquals(CandidateStatus.REFUSED, CandidateRules.statusAfterCorrection(CandidateStatus.VALIDATED, Verdict.INELIGIBLE));
    }
}
