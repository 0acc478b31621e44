package fr.paysdelaloire.emploiformation.session;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.derogation.DerogationSubject;
import fr.paysdelaloire.emploiformation.derogation.SubjectType;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;

/** Session requests as subjects of derogations: a group under five (§5), places outside the lot's territory (§2). */
@ApplicationScoped
public class SessionDerogationSubject implements DerogationSubject {

    @Inject
    SessionAccess access;

    @Inject
    SessionEvaluator evaluator;

    @Inject
    SessionRequestRepository requests;

    @Inject
    Json json;

    @Override
    public SubjectType type() {
        return SubjectType.SESSION_REQUEST;
    }

    @Override
    public Set<String> derogableRules() {
        // §5: a group under five needs no derogation: the body declares its financial balance (financial_balance)
        return Set.of(SessionRequestRules.TERRITORY);
    }

    @Override
    public RuleOutcome outcomeForRequester(UUID subjectId, String rule) {
        SessionRequest request = access.visible(subjectId);
        if (SessionStatus.ENDED_WITHOUT_SESSION.contains(request.status)) {
            throw ApiProblem.conflict("This request is " + request.status + ": there is nothing left to decide");
        }
        return evaluator.evaluate(request).rule(rule).outcome();
    }

    @Override
    public void decided(UUID subjectId) {
        SessionRequest request = requests.findForUpdate(subjectId).orElseThrow();
        if (request.evaluation != null && SessionStatus.BEFORE_START.contains(request.status)) {
            request.evaluation = json.write(evaluator.evaluate(request));
        }
    }

    @Override
    public java.util.Map<String, String> facts(UUID subjectId, String rule) {
        return facts(rule, requests.findByIdOptional(subjectId).orElseThrow(), json);
    }

    /**
     * What each derogable rule's derogation is decided on: the départements of the places of training for TERRITORY.
     */
    static java.util.Map<String, String> facts(String rule, SessionRequest request, Json json) {
        java.util.Map<String, String> facts = new java.util.TreeMap<>();
        switch (rule) {
            case SessionRequestRules.TERRITORY -> facts.put("training_departments",
                    String.join(",", SessionMapper.trainingDepartments(request, json)));
            default -> {
            }
        }
        return facts;
    }
}
