package fr.paysdelaloire.emploiformation.intention;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.derogation.DerogationSubject;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.security.Caller;

/** Hiring intentions as subjects of derogations: a short CDD, short hours, an employer outside the Region. */
@ApplicationScoped
public class IntentionDerogationSubject implements DerogationSubject {

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    Caller caller;

    @Inject
    Json json;

    @Inject
    IntentionEvaluator evaluations;

    @Override
    public SubjectType type() {
        return SubjectType.HIRING_INTENTION;
    }

    @Override
    public Set<String> derogableRules() {
        return Set.of(IntentionEligibilityRules.CONTRACT_TYPE, IntentionEligibilityRules.WEEKLY_HOURS, IntentionEligibilityRules.EMPLOYER_LOCATION);
    }

    /** The training body the intention names asks for the derogation (it turns to the Region, §6). */
    @Override
    public RuleOutcome outcomeForRequester(UUID subjectId, String rule) {
        HiringIntention intention = intentions.findByIdOptional(subjectId).orElse(null);
        if (intention == null || !caller.orgSiret().map(siret -> siret.equals(intention.trainingBodySiret)).orElse(false)) {
            throw ApiProblem.notFound("Hiring intention " + subjectId);
        }
        return json.read(intention.eligibility, Evaluation.class).rule(rule).outcome();
    }

    /** The intention evaluated again with its granted derogations; one awaiting only them becomes eligible. */
    @Override
    public void decided(UUID subjectId) {
        HiringIntention intention = intentions.findByIdOptional(subjectId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        evaluations.reassess(intention, caller.requireOrganisation(), "Dérogation accordée par la Région");
    }

    @Override
    public java.util.Map<String, String> facts(UUID subjectId, String rule) {
        HiringIntention intention = intentions.findByIdOptional(subjectId).orElseThrow();
        return facts(rule, intention.employerSiret, intention.contractType, intention.contractDurationMonths,
                intention.contractWeeklyHours, intention.employerDepartment, intention.employerCommuneInsee);
    }

    /**
     * What each derogable rule's derogation is decided on: the employer always (a derogation is granted for one
     * employer's job), and the rule's own facts — the contract and its length, the weekly hours, the place of work.
     */
    static java.util.Map<String, String> facts(String rule, String employerSiret, ContractType contractType, Integer durationMonths,
            java.math.BigDecimal weeklyHours, String department, String commune) {
        java.util.Map<String, String> facts = new java.util.TreeMap<>();
        facts.put("employer_siret", employerSiret);
        switch (rule) {
            case IntentionEligibilityRules.CONTRACT_TYPE -> {
                facts.put("contract_type", contractType.name());
                facts.put("duration_months", durationMonths == null ? "" : durationMonths.toString());
            }
            case IntentionEligibilityRules.WEEKLY_HOURS -> facts.put("weekly_hours", weeklyHours.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
            case IntentionEligibilityRules.EMPLOYER_LOCATION -> {
                facts.put("employer_department", department);
                facts.put("employer_commune_insee", commune);
            }
            default -> {
            }
        }
        return facts;
    }

    static java.util.Map<String, String> facts(String rule, IntentionBody request) {
        return facts(rule, request.employer().siret(), request.contract().type(), request.contract().durationMonths(),
                request.contract().weeklyHours(), request.employer().department(), request.employer().communeInsee());
    }
}
