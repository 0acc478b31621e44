package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.rules.Evaluation;
import fr.paysdelaloire.emploiformation.rules.Verdict;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

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

    @Inject
    PathRepository paths;

    @Inject
    fr.paysdelaloire.emploiformation.session.SessionDirectory sessions;

    @Inject
    Outbox outbox;

    public Representation<CandidateResponse> create(CandidateBody request) {
        String validator = caller.requireOrganisation();
        validation.check(request);
        String hash = json.fingerprint(request);
        return Retries.inTransaction(() -> {
            candidates.lockIdentifier(request.franceTravailId());
            Candidate existing = candidates.findByFranceTravailId(request.franceTravailId()).orElse(null);
            if (existing != null) {
                boolean samePerson = existing.erasedAt == null && CandidateRules.sameIdentity(request.firstName(),
                        request.lastName(), existing.firstName, existing.lastName);
                boolean again = existing.createdBy.equals(validator) ? existing.contentHash.equals(hash) : samePerson;
                if (mayRead(existing)) {
                    if (again) {
                        return answer(false, existing);
                    }
                    throw ApiProblem.conflictWith("This job seeker is already registered: see the related candidate, and "
                            + "correct their situation there", CandidateResource.PATH + "/" + existing.id);
                }
                // §5: several validator organisations may follow one person; the identity must be theirs
                if (!samePerson) {
                    throw ApiProblem.conflict("This France Travail identifier is registered under another identity: check it");
                }
                candidates.follow(existing.id, validator, OffsetDateTime.now(clock));
                audit.record(existing.id, validator, CandidateAudit.Action.FOLLOW);
                return answer(false, existing);
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
            candidates.follow(candidate.id, validator, now);
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
            candidates.follow(candidate.id, validator, now);
            audit.record(candidate.id, validator, CandidateAudit.Action.VALIDATE);
            return answer(false, candidate);
        });
    }

    /**
     * A validator that follows the candidate corrects their situation (§3, §13): the profile rules are evaluated again
     * when the candidate was already validated or refused; the correction is kept with its author, and logged.
     */
    public Representation<CandidateResponse> correct(UUID id, SituationBody body) {
        String validator = caller.requireOrganisation();
        validation.check(body);
        return Retries.inTransaction(() -> {
            Candidate candidate = candidates.findForUpdate(id).filter(this::mayRead)
                    .orElseThrow(() -> ApiProblem.notFound("Candidate " + id));
            if (candidate.erasedAt != null) {
                throw ApiProblem.conflict("This candidate's identity was erased: register them again");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Situation from = candidate.situation;
            boolean fromBusiness = candidate.businessCreationProject;
            CandidateStatus fromStatus = candidate.status;
            candidate.situation = body.situation();
            if (body.businessCreationProject() != null) {
                candidate.businessCreationProject = body.businessCreationProject();
            }
            Evaluation evaluation = CandidateRules.evaluate(candidate.situation, candidate.businessCreationProject);
            candidate.status = CandidateRules.statusAfterCorrection(candidate.status, evaluation.outcome());
            if (candidate.status != CandidateStatus.CREATED) {
                candidate.validation = json.write(evaluation);
                candidate.validatedBy = validator;
                candidate.validatedAt = now;
            }
            candidate.updatedAt = now;
            candidates.flush();
            candidates.recordChange(candidate, from, fromBusiness, fromStatus,
                    FreeText.orNull(body.reason()), validator, now);
            audit.record(candidate.id, validator, CandidateAudit.Action.CORRECT);
            corrected(candidate, fromStatus);
            return answer(false, candidate);
        });
    }

    /** The corrections of the candidate's situation, for those who may read the candidate (a read, logged). */
    @Transactional
    public CandidateHistoryResponse history(UUID id) {
        Candidate candidate = candidates.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ApiProblem.notFound("Candidate " + id));
        audit.record(candidate.id, caller.requireOrganisation(), CandidateAudit.Action.READ);
        return new CandidateHistoryResponse(candidate.id, candidates.changes(candidate.id));
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

    /**
     * Those who follow the candidate are told of a correction: the validator organisations that follow them and the
     * bodies running a session where they have a path under way. Statuses only, never the situation (personal data).
     */
    private void corrected(Candidate candidate, CandidateStatus fromStatus) {
        java.util.Set<String> readers = new java.util.TreeSet<>(candidates.followers(candidate.id));
        for (TrainingPath path : paths.ofCandidate(candidate.id)) {
            if (PathStatus.ACTIVE.contains(path.status)) {
                sessions.find(path.sessionRequestId).ifPresent(session -> session.runners()
                        .forEach(siret -> readers.add(Organisation.trainingBody(siret).toString())));
            }
        }
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("from_status", fromStatus);
        data.put("status", candidate.status);
        outbox.publish(EventType.CANDIDATE_SITUATION_CORRECTED, candidate.id, data, readers);
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
