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
    SessionRequestService service;

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
        return Set.of(SessionRequestRules.GROUP_SIZE, SessionRequestRules.TERRITORY);
    }

    @Override
    public RuleOutcome outcomeForRequester(UUID subjectId, String rule) {
        SessionRequest request = service.visible(subjectId);
        if (SessionStatus.ENDED_WITHOUT_SESSION.contains(request.status)) {
            throw ApiProblem.conflict("This request is " + request.status + ": there is nothing left to decide");
        }
        return service.evaluate(request).rule(rule).outcome();
    }

    @Override
    public void decided(UUID subjectId) {
        SessionRequest request = requests.findForUpdate(subjectId).orElseThrow();
        if (request.evaluation != null && SessionStatus.BEFORE_START.contains(request.status)) {
            request.evaluation = json.write(service.evaluate(request));
        }
    }
}
