package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.intention.IntentionLedger;
import fr.paysdelaloire.emploiformation.intention.IntentionStatus;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionChanged;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.session.SessionKind;
import fr.paysdelaloire.emploiformation.session.SessionStatus;

/**
 * Positioning a validated candidate on an authorised session (§5, §9): the path ties one candidate, one hiring
 * intention of the session and the session, within the intention's committed positions.
 */
@ApplicationScoped
public class PathPositioning {

    @Inject
    PathRepository paths;

    @Inject
    PathAccess access;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess candidateAccess;

    @Inject
    ReferralService referrals;

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
    Event<SessionChanged> changes;

    public Representation<PathResponse> create(UUID sessionId, PathBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        return Retries.inTransaction(() -> {
            // first what concerns the session and the intention, the caller's own objects: their answers do not depend
            // on the candidate
            SessionDirectory.SessionFacts session = sessions.lock(sessionId).filter(access::maySeeSession)
                    .orElseThrow(() -> ApiProblem.notFound("Session request " + sessionId));
            if (session.status() != SessionStatus.AUTHORISED && session.status() != SessionStatus.STARTED) {
                throw ApiProblem.conflict("Candidates are positioned on an authorised or started session; this one is " + session.status());
            }
            UUID intentionId = session.kind() == SessionKind.SOCLE ? socle(session, body) : intention(session, body);
            Candidate candidate = candidates.findForUpdate(body.candidateId()).orElse(null);
            if (caller.hasRole(Roles.TRAINING_BODY)) {
                // §5: a body positions a candidate referred to it or to this session, or one of its own paths. Unknown,
                // not referred, not validated or already placed: one answer, so that it tells nothing about the person.
                if (candidate == null || !candidateAccess.mayPosition(candidate, session) || candidate.status != CandidateStatus.VALIDATED
                        || paths.hasActivePath(candidate.id)) {
                    throw ApiProblem.notFound("Candidate " + body.candidateId());
                }
            } else {
                if (candidate == null || !candidateAccess.mayPosition(candidate, session)) {
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
            path.intentionId = intentionId;
            path.candidateId = candidate.id;
            path.status = PathStatus.POSITIONED;
            path.createdBy = actor;
            path.createdAt = now;
            path.updatedAt = now;
            paths.persist(path);
            paths.flush();
            referrals.settle(candidate.id, path, session, now);
            paths.record(path, null, PathStatus.POSITIONED, actor, now, null);
            audit.record(candidate.id, actor, CandidateAudit.Action.POSITION);
            changes.fire(new SessionChanged(session.id()));
            return PathResponse.written(path, true);
        });
    }

    /** §5, §9: a path of the scheme fills one position of one of the session's hiring intentions. */
    private UUID intention(SessionDirectory.SessionFacts session, PathBody body) {
        if (body.hiringIntentionId() == null) {
            // §5: a trainee without a hiring intention may join only without the Region's funding.
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "A trainee without a hiring intention is not a Region-funded path "
                    + "(FAQ §5): name the hiring_intention_id the candidate fills");
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
        return intention.id();
    }

    /**
     * §10: a socle session of the Region answers no hiring intention: its trainees fill its places, no more (a drop-out
     * frees one).
     */
    private UUID socle(SessionDirectory.SessionFacts session, PathBody body) {
        if (body.hiringIntentionId() != null) {
            throw ApiProblem.invalid("hiring_intention_id", "must be absent for a socle session: it answers no hiring intention (§10)");
        }
        long filled = paths.fillingPlaces(session.id());
        if (filled >= session.places()) {
            throw ApiProblem.conflict("This socle session's " + session.places() + " places are filled; a drop-out frees one (FAQ §5)");
        }
        return null;
    }
}
