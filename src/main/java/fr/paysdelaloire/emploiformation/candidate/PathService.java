package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionStatus;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionChanged;
import fr.paysdelaloire.emploiformation.session.SessionCompleted;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.session.SessionStatus;

/** Training paths (parcours): one validated candidate, one hiring intention, one authorised session. */
@ApplicationScoped
public class PathService {

    public static final String PATH = "/api/v1/paths";

    @Inject
    PathEvents events;

    @Inject
    PathRepository paths;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess access;

    @Inject
    Referrals referrals;

    @Inject
    CandidateAudit audit;

    @Inject
    SessionDirectory sessions;

    @Inject
    IntentionLedger ledger;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    Event<SessionChanged> changes;

    public Representation<PathResponse> create(UUID sessionId, PathBodies.Create body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        if (body.hiringIntentionId() == null) {
            // §5: a trainee without a hiring intention may join only without the Region's funding.
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "A trainee without a hiring intention is not a Region-funded path "
                    + "(FAQ §5): name the hiring_intention_id the candidate fills");
        }
        return Retries.inTransaction(() -> {
            // first what concerns the session and the intention, the caller's own objects: their answers do not depend
            // on the candidate
            SessionDirectory.SessionFacts session = sessions.lock(sessionId).filter(this::maySeeSession)
                    .orElseThrow(() -> ApiProblem.notFound("Session request " + sessionId));
            if (session.status() != SessionStatus.AUTHORISED && session.status() != SessionStatus.STARTED) {
                throw ApiProblem.conflict("Candidates are positioned on an authorised or started session; this one is " + session.status());
            }
            if (!session.intentionIds().contains(body.hiringIntentionId())) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "This hiring intention does not belong to the session: only a "
                        + "path filling one of the session's intentions is funded by the Region (FAQ §5)");
            }
            IntentionLedger.Summary intention = ledger.lock(body.hiringIntentionId());
            if (intention.status() == IntentionStatus.WITHDRAWN || intention.status() == IntentionStatus.FULFILLED) {
                throw ApiProblem.conflict("This hiring intention is " + intention.status() + ": it takes no new path");
            }
            long filling = paths.fillingPositions(intention.id());
            if (filling >= intention.positions()) {
                // §9: as many paths as positions committed; §5: a drop-out frees a place for a replacement.
                throw ApiProblem.conflict("This hiring intention already has " + filling + " path(s) for " + intention.positions()
                        + " position(s); a drop-out frees one for a replacement (FAQ §5, §9)");
            }
            Candidate candidate = candidates.findForUpdate(body.candidateId()).orElse(null);
            if (caller.hasRole(Roles.TRAINING_BODY)) {
                // §5: a body positions a candidate referred to it or to this session, or one of its own paths. Unknown,
                // not referred, not validated or already placed: one answer, so that it tells nothing about the person.
                if (candidate == null || !access.mayPosition(candidate, session) || candidate.status != CandidateStatus.VALIDATED
                        || paths.hasActivePath(candidate.id)) {
                    throw ApiProblem.notFound("Candidate " + body.candidateId());
                }
            } else {
                if (candidate == null || !access.mayPosition(candidate, session)) {
                    throw ApiProblem.notFound("Candidate " + body.candidateId());
                }
                if (candidate.status != CandidateStatus.VALIDATED) {
                    throw new ApiProblem(ProblemType.UNPROCESSABLE, "The candidate's profile is not validated (POST /candidates/{id}/validate)");
                }
                if (paths.hasActivePath(candidate.id)) {
                    throw ApiProblem.conflict("This candidate already has an active path: one at a time");
                }
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            TrainingPath path = new TrainingPath();
            path.id = UUID.randomUUID();
            path.sessionRequestId = session.id();
            path.intentionId = intention.id();
            path.candidateId = candidate.id;
            path.status = PathStatus.POSITIONED;
            path.createdBy = actor;
            path.createdAt = now;
            path.updatedAt = now;
            paths.persist(path);
            paths.flush();
            referrals.settle(candidate.id, path, session, now);
            record(path, null, PathStatus.POSITIONED, actor, now, null);
            audit.record(candidate.id, actor, CandidateAudit.Action.POSITION);
            changes.fire(new SessionChanged(session.id()));
            return answer(true, path);
        });
    }

    public Representation<PathResponse> transition(UUID id, PathTransition transition, Object body) {
        String actor = caller.requireOrganisation();
        if (body != null || transition == PathTransition.DROP_OUT) {
            validation.check(body);
        }
        return Retries.inTransaction(() -> {
            TrainingPath path = runnable(id);
            PathStatus from = path.status;
            path.status = PathTransition.LIFECYCLE.next(path.status, transition);
            String reason = null;
            if (body instanceof PathBodies.Integrate integrate) {
                SessionDirectory.SessionFacts session = sessions.find(path.sessionRequestId).orElseThrow();
                PathRules.individualHours(integrate.individualHours(), session.plannedHours()).ifPresent(refusal -> {
                    throw new ApiProblem(ProblemType.UNPROCESSABLE, refusal);
                });
                path.individualHours = integrate.individualHours() == null ? session.plannedHours() : integrate.individualHours();
                path.partTime = Boolean.TRUE.equals(integrate.partTime());
            } else if (body instanceof PathBodies.DropOut dropOut) {
                path.dropOutReason = dropOut.reason().strip();
                reason = path.dropOutReason;
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (path.status == PathStatus.DROPPED_OUT) {
                path.endedAt = now;
            }
            path.updatedAt = now;
            record(path, from, path.status, actor, now, reason);
            if (transition == PathTransition.INTEGRATE) {
                events.integrated(path);
            }
            paths.flush();
            changes.fire(new SessionChanged(path.sessionRequestId));
            return answer(false, path);
        });
    }

    /** What became of the trainee; a hire fulfils the hiring intention (§6). */
    public Representation<PathResponse> outcome(UUID id, PathBodies.Outcome body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        if (body.outcome() == TrainingPath.Outcome.HIRED && (body.contractType() == null || body.startDate() == null)) {
            throw ApiProblem.invalid(body.contractType() == null ? "contract_type" : "start_date", "is required for a hire");
        }
        if (body.outcome() == TrainingPath.Outcome.NOT_HIRED && (body.reason() == null || body.reason().isBlank())) {
            throw ApiProblem.invalid("reason", "is required when the trainee is not hired");
        }
        return Retries.inTransaction(() -> {
            TrainingPath path = runnable(id);
            if (path.status != PathStatus.COMPLETED && path.status != PathStatus.DROPPED_OUT) {
                throw ApiProblem.conflict("The outcome is recorded once the path is COMPLETED or DROPPED_OUT; this one is " + path.status);
            }
            if (path.outcome != null) {
                throw ApiProblem.conflict("The outcome of this path is already recorded: " + path.outcome);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            path.outcome = body.outcome();
            path.outcomeContractType = body.contractType() == null ? null : body.contractType().name();
            path.outcomeStartDate = body.startDate();
            path.outcomeReason = body.reason() == null ? null : body.reason().strip();
            path.partialCertification = Boolean.TRUE.equals(body.partialCertification());
            path.updatedAt = now;
            String summary = body.outcome() == TrainingPath.Outcome.HIRED
                    ? "Embauché : " + path.outcomeContractType + " à partir du " + path.outcomeStartDate
                    : "Non embauché : " + path.outcomeReason;
            record(path, path.status, path.status, actor, now, summary
                    + (path.partialCertification ? " — attestation de certification partielle (§4)" : ""));
            if (body.outcome() == TrainingPath.Outcome.HIRED) {
                ledger.fulfil(path.intentionId, actor);
            }
            events.outcomeRecorded(path);
            paths.flush();
            return answer(false, path);
        });
    }

    /** Paths that fill places of the session: all but the dropped-out ones. */
    public long filledPlaces(UUID sessionId) {
        return paths.count("sessionRequestId = ?1 and status <> ?2", sessionId, PathStatus.DROPPED_OUT);
    }

    /** The session is over: its integrated paths are completed. */
    void onSessionCompleted(@Observes SessionCompleted completed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (TrainingPath path : paths.integratedIn(completed.sessionRequestId())) {
            path.status = PathTransition.LIFECYCLE.next(path.status, PathTransition.COMPLETE);
            path.updatedAt = now;
            path.endedAt = now;
            record(path, PathStatus.INTEGRATED, PathStatus.COMPLETED, completed.actor(), now, "Fin de la session");
        }
    }

    @Transactional
    public PathResponse get(UUID id) {
        return PathResponse.of(readable(id));
    }

    @Transactional
    public PathResponse.History history(UUID id) {
        readable(id);
        return new PathResponse.History(paths.history(id).stream()
                .map(e -> new PathResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    @Transactional
    public List<PathResponse> ofSession(UUID sessionId) {
        SessionDirectory.SessionFacts session = sessions.find(sessionId).filter(this::maySeeSession)
                .orElseThrow(() -> ApiProblem.notFound("Session request " + sessionId));
        boolean everything = caller.isRegion() || session.runBy(caller.orgSiret().orElse(null));
        return paths.ofSession(session.id()).stream()
                .filter(p -> everything || candidates.findByIdOptional(p.candidateId).map(access::mayRead).orElse(false))
                .map(PathResponse::of).toList();
    }

    /** The Region and the session's training bodies see it; validators see authorised and started sessions (§10). */
    private boolean maySeeSession(SessionDirectory.SessionFacts session) {
        if (caller.isRegion() || session.runBy(caller.orgSiret().orElse(null))) {
            return true;
        }
        return caller.hasRole(Roles.VALIDATOR)
                && (session.status() == SessionStatus.AUTHORISED || session.status() == SessionStatus.STARTED);
    }

    /** A path's life is reported by the training body that runs its session (or the lot's mandataire). */
    private TrainingPath runnable(UUID id) {
        TrainingPath path = paths.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Path " + id));
        SessionDirectory.SessionFacts session = sessions.find(path.sessionRequestId).orElseThrow();
        if (!session.runBy(caller.orgSiret().orElse(null))) {
            throw ApiProblem.notFound("Path " + id);
        }
        return path;
    }

    private TrainingPath readable(UUID id) {
        TrainingPath path = paths.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Path " + id));
        boolean runs = sessions.find(path.sessionRequestId).map(s -> s.runBy(caller.orgSiret().orElse(null))).orElse(false);
        boolean handles = caller.hasRole(Roles.VALIDATOR)
                && candidates.findByIdOptional(path.candidateId).map(access::handledByCallingValidator).orElse(false);
        if (!(caller.isRegion() || runs || handles)) {
            throw ApiProblem.notFound("Path " + id);
        }
        return path;
    }

    private void record(TrainingPath path, PathStatus from, PathStatus to, String actor, OffsetDateTime at, String reason) {
        PathHistoryEntry entry = new PathHistoryEntry();
        entry.pathId = path.id;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        paths.getEntityManager().persist(entry);
    }

    private Representation<PathResponse> answer(boolean created, TrainingPath path) {
        return new Representation<>(PathResponse.of(path), PATH + "/" + path.id, null, created, null);
    }
}
