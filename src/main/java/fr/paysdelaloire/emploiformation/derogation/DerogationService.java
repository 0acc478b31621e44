package fr.paysdelaloire.emploiformation.derogation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.rules.RuleOutcome;
import fr.paysdelaloire.emploiformation.security.Caller;

/** Derogations: a training body asks for one on a rule that admits it; the Region grants or refuses it. */
@ApplicationScoped
public class DerogationService {

    @Inject
    DerogationRepository derogations;

    @Inject
    Instance<DerogationSubject> subjects;

    @Inject
    BodyValidator bodies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    DerogationLedger facts;

    public Representation<DerogationResponse> request(DerogationBody request) {
        String requester = caller.requireOrganisation();
        bodies.check(request);
        return Retries.inTransaction(() -> {
            DerogationSubject subject = subject(request.subjectType());
            if (!subject.derogableRules().contains(request.rule())) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "The rule " + request.rule() + " admits no derogation for a "
                        + request.subjectType() + "; those that do: " + subject.derogableRules());
            }
            RuleOutcome outcome = subject.outcomeForRequester(request.subjectId(), request.rule());
            if (outcome != RuleOutcome.NEEDS_DEROGATION) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE,
                        "The rule " + request.rule() + " is " + outcome + " on this subject: there is nothing to derogate from");
            }
            if (derogations.openOrGranted(request.subjectType(), request.subjectId(), request.rule())) {
                throw ApiProblem.conflict("A derogation to " + request.rule() + " is already asked for or granted on this subject");
            }
            Derogation derogation = new Derogation();
            derogation.id = UUID.randomUUID();
            derogation.subjectType = request.subjectType();
            derogation.subjectId = request.subjectId();
            derogation.rule = request.rule();
            derogation.justification = request.justification().strip();
            derogation.status = DerogationStatus.REQUESTED;
            derogation.requestedBy = requester;
            derogation.requestedAt = OffsetDateTime.now(clock);
            // tied to the facts it is asked for: when they change, it lapses (issue #17)
            derogation.facts = json.write(subject.facts(request.subjectId(), request.rule()));
            derogations.persist(derogation);
            derogations.flush();
            return answer(true, derogation);
        });
    }

    public Representation<DerogationResponse> decide(UUID id, DerogationDecisionBody decision, boolean grant) {
        String officer = caller.requireOrganisation();
        bodies.check(decision);
        return Retries.inTransaction(() -> {
            Derogation derogation = derogations.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Derogation " + id));
            if (derogation.status != DerogationStatus.REQUESTED) {
                throw ApiProblem.conflict("This derogation was already " + derogation.status);
            }
            derogation.status = grant ? DerogationStatus.GRANTED : DerogationStatus.REFUSED;
            derogation.decidedBy = officer;
            derogation.decidedAt = OffsetDateTime.now(clock);
            derogation.decisionReason = decision.reason().strip();
            derogations.flush();
            subject(derogation.subjectType).decided(derogation.subjectId);
            return answer(false, derogation);
        });
    }

    @jakarta.transaction.Transactional
    public DerogationResponse get(UUID id) {
        Derogation derogation = derogations.findByIdOptional(id).orElse(null);
        if (derogation == null || !(caller.isRegion() || derogation.requestedBy.equals(caller.organisation().orElse("")))) {
            throw ApiProblem.notFound("Derogation " + id);
        }
        return DerogationResponse.of(derogation, facts.facts(derogation));
    }

    private DerogationSubject subject(SubjectType type) {
        for (DerogationSubject subject : subjects) {
            if (subject.type() == type) {
                return subject;
            }
        }
        throw new IllegalStateException("no derogation subject for " + type);
    }

    private Representation<DerogationResponse> answer(boolean created, Derogation derogation) {
        return new Representation<>(DerogationResponse.of(derogation, facts.facts(derogation)), DerogationResource.PATH + "/" + derogation.id, null, created, null);
    }
}
