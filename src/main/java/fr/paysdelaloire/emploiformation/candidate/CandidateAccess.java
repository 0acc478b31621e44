package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.session.SessionStatus;

/**
 * Who may read a candidate, and position them: the one place that decides it (the rules are
 * {@link CandidateAccessRules}). The Region reads everyone; a validator organisation the candidates it registered or
 * validated; a training body those a validator referred to it or to one of its sessions, and those of its paths, until
 * {@code ef.candidates.body-access-after-path} after the last one ended; nobody else, never the publisher. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class CandidateAccess {

    @Inject
    Caller caller;

    @Inject
    PathRepository paths;

    @Inject
    CandidateRepository candidates;

    @Inject
    ReferralRepository referrals;

    @Inject
    SessionDirectory sessions;

    @Inject
    CandidateConfig config;

    @Inject
    Clock clock;

    public boolean mayRead(Candidate candidate) {
        if (caller.isRegion()) {
            return true;
        }
        if (handledByCallingValidator(candidate)) {
            return true;
        }
        Optional<String> siret = caller.orgSiret();
        if (siret.isEmpty()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return CandidateAccessRules.mayRead(siret.get(), referrals(candidate, now), paths(candidate), now, config.bodyAccessAfterPath());
    }

    /** A validator handling the candidate; or a training body the rules let position them on this session. */
    public boolean mayPosition(Candidate candidate, SessionDirectory.SessionFacts session) {
        if (caller.hasRole(Roles.VALIDATOR)) {
            return handledByCallingValidator(candidate);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return CandidateAccessRules.mayPosition(caller.orgSiret().orElse(null), session.id(), referrals(candidate, now),
                paths(candidate), now, config.bodyAccessAfterPath());
    }

    /** A validator organisation that follows the candidate: registered, validated or registered them too (§5). */
    boolean handledByCallingValidator(Candidate candidate) {
        if (!caller.hasRole(Roles.VALIDATOR)) {
            return false;
        }
        String organisation = caller.organisation().orElse("");
        return organisation.equals(candidate.createdBy) || organisation.equals(candidate.validatedBy)
                || candidates.followedBy(candidate.id, organisation);
    }

    private List<CandidateAccessRules.Referral> referrals(Candidate candidate, OffsetDateTime now) {
        return referrals.open(candidate.id, now).stream().map(r -> r.sessionRequestId == null
                ? new CandidateAccessRules.Referral(null, Set.of(r.trainingBodySiret))
                : new CandidateAccessRules.Referral(r.sessionRequestId, runners(r.sessionRequestId))).toList();
    }

    /** The candidate's paths; one in a session cancelled before it started ended with the cancellation. */
    private List<CandidateAccessRules.Path> paths(Candidate candidate) {
        return paths.ofCandidate(candidate.id).stream().map(p -> {
            Optional<SessionDirectory.SessionFacts> session = sessions.find(p.sessionRequestId);
            boolean cancelled = session.map(s -> s.status() == SessionStatus.CANCELLED).orElse(false);
            OffsetDateTime ended = p.endedAt != null ? p.endedAt : cancelled ? session.get().lastStatusChangeAt() : null;
            return new CandidateAccessRules.Path(session.map(SessionDirectory.SessionFacts::runners).orElse(Set.of()),
                    PathStatus.ACTIVE.contains(p.status) && !cancelled, ended);
        }).toList();
    }

    private Set<String> runners(java.util.UUID sessionId) {
        return sessions.find(sessionId).map(SessionDirectory.SessionFacts::runners).orElse(Set.of());
    }
}
