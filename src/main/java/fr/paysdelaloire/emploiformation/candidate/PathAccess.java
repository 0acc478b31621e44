package fr.paysdelaloire.emploiformation.candidate;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.security.Roles;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;
import fr.paysdelaloire.emploiformation.session.SessionStatus;

/**
 * Who may see, run and be told of a training path: the one place that decides it. The Region sees all; the training
 * bodies that run its session (its submitter and the lot's mandataire, §9) run it and see it; the validators that handle
 * its candidate see it. Validators also see the authorised and started sessions, to position candidates (§10).
 */
@ApplicationScoped
public class PathAccess {

    @Inject
    PathRepository paths;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess candidateAccess;

    @Inject
    SessionDirectory sessions;

    @Inject
    Caller caller;

    /** The Region and the session's training bodies see it; validators see authorised and started sessions (§10). */
    boolean maySeeSession(SessionDirectory.SessionFacts session) {
        if (caller.isRegion() || session.runBy(caller.orgSiret().orElse(null))) {
            return true;
        }
        return caller.hasRole(Roles.VALIDATOR)
                && (session.status() == SessionStatus.AUTHORISED || session.status() == SessionStatus.STARTED);
    }

    /** A path's life is reported by the training body that runs its session (or the lot's mandataire). */
    TrainingPath runnable(UUID id) {
        TrainingPath path = paths.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Path " + id));
        SessionDirectory.SessionFacts session = sessions.find(path.sessionRequestId).orElseThrow();
        if (!session.runBy(caller.orgSiret().orElse(null))) {
            throw ApiProblem.notFound("Path " + id);
        }
        return path;
    }

    TrainingPath readable(UUID id) {
        TrainingPath path = paths.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Path " + id));
        boolean runs = sessions.find(path.sessionRequestId).map(s -> s.runBy(caller.orgSiret().orElse(null))).orElse(false);
        boolean handles = caller.hasRole(Roles.VALIDATOR)
                && candidates.findByIdOptional(path.candidateId).map(candidateAccess::handledByCallingValidator).orElse(false);
        if (!(caller.isRegion() || runs || handles)) {
            throw ApiProblem.notFound("Path " + id);
        }
        return path;
    }

    /** Whom the partners' events about a path go to: the bodies that run its session and the validators that handle its candidate. */
    Set<String> readers(TrainingPath path) {
        Set<String> readers = new TreeSet<>();
        sessions.find(path.sessionRequestId).ifPresent(session -> {
            readers.add(Organisation.trainingBody(session.submitterSiret()).toString());
            readers.add(Organisation.trainingBody(session.mandataireSiret()).toString());
        });
        for (String handler : candidates.followers(path.candidateId)) {
            if (Organisation.of(handler).is(Roles.VALIDATOR)) {
                readers.add(handler);
            }
        }
        return readers;
    }
}
