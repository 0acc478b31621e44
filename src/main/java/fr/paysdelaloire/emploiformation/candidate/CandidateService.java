package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;

/** Candidates: registered and validated by validators, seen only by those who handle them. */
@ApplicationScoped
public class CandidateService {

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess access;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    CandidateAudit audit;

    public Representation<CandidateResponse> create(CandidateBody request) {
        String validator = caller.requireOrganisation();
        validation.check(request);
        String hash = json.fingerprint(request);
        return Retries.inTransaction(() -> {
            candidates.lockIdentifier(request.franceTravailId());
            Candidate existing = candidates.findByFranceTravailId(request.franceTravailId()).orElse(null);
            if (existing != null) {
                if (existing.createdBy.equals(validator) && existing.contentHash.equals(hash)) {
                    return answer(false, existing);
                }
                if (mayRead(existing)) {
                    throw ApiProblem.conflictWith("This job seeker is already registered: see the related candidate", CandidateResource.PATH + "/" + existing.id);
                }
                throw ApiProblem.conflict("This job seeker is already registered by another validator organisation");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Candidate candidate = new Candidate();
            candidate.id = UUID.randomUUID();
            candidate.franceTravailId = request.franceTravailId();
            candidate.firstName = request.firstName().strip();
            candidate.lastName = request.lastName().strip();
            candidate.department = request.department();
            candidate.situation = request.situation();
            candidate.businessCreationProject = request.businessCreationProject();
            candidate.createdBy = validator;
            candidate.contentHash = hash;
            candidate.status = CandidateStatus.CREATED;
            candidate.createdAt = now;
            candidate.updatedAt = now;
            candidates.persist(candidate);
            candidates.flush();
            audit.record(candidate.id, validator, CandidateAudit.Action.CREATE);
            return answer(true, candidate);
        });
    }

    /** The profile rules (§3, §5, §13), evaluated and recorded with the validator organisation and time. */
    public Representation<CandidateResponse> validate(UUID id) {
        String validator = caller.requireOrganisation();
        return Retries.inTransaction(() -> {
            Candidate candidate = candidates.findForUpdate(id).filter(this::mayRead)
                    .orElseThrow(() -> ApiProblem.notFound("Candidate " + id));
            Evaluation evaluation = CandidateRules.evaluate(candidate.situation, candidate.businessCreationProject);
            OffsetDateTime now = OffsetDateTime.now(clock);
            candidate.validation = json.write(evaluation);
            candidate.status = evaluation.outcome() == Verdict.ELIGIBLE ? CandidateStatus.VALIDATED : CandidateStatus.REFUSED;
            candidate.validatedBy = validator;
            candidate.validatedAt = now;
            candidate.updatedAt = now;
            candidates.flush();
            audit.record(candidate.id, validator, CandidateAudit.Action.VALIDATE);
            return answer(false, candidate);
        });
    }

    @Transactional
    public CandidateResponse get(UUID id) {
        Candidate candidate = candidates.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ApiProblem.notFound("Candidate " + id));
        audit.record(candidate.id, caller.requireOrganisation(), CandidateAudit.Action.READ);
        return response(candidate);
    }

    @Transactional
    public CandidateResponse search(CandidateSearchBody search) {
        validation.check(search);
        Candidate candidate = candidates.findByFranceTravailId(search.franceTravailId()).filter(this::mayRead)
                .orElseThrow(() -> ApiProblem.notFound("Candidate"));
        audit.record(candidate.id, caller.requireOrganisation(), CandidateAudit.Action.SEARCH);
        return response(candidate);
    }

    /** The access log of a candidate, for the Region. */
    @Transactional
    public CandidateAudit.Log accessLog(UUID id) {
        Candidate candidate = candidates.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Candidate " + id));
        return new CandidateAudit.Log(candidate.id, audit.of(candidate.id));
    }

    boolean mayRead(Candidate candidate) {
        return access.mayRead(candidate);
    }

    private CandidateResponse response(Candidate c) {
        return new CandidateResponse(c.id, c.franceTravailId, c.firstName, c.lastName, c.department, c.situation,
                c.businessCreationProject, c.status, c.validation == null ? null : json.read(c.validation, Evaluation.class),
                c.validatedBy, c.validatedAt, c.createdBy, c.createdAt, c.erasedAt);
    }

    private Representation<CandidateResponse> answer(boolean created, Candidate candidate) {
        return new Representation<>(response(candidate), CandidateResource.PATH + "/" + candidate.id, null, created, null);
    }
}
