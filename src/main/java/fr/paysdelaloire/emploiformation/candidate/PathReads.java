package fr.paysdelaloire.emploiformation.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/** Reading training paths, as {@link PathAccess} lets the caller; and the places a session's paths fill. */
@ApplicationScoped
public class PathReads {

    @Inject
    PathRepository paths;

    @Inject
    PathAccess access;

    @Inject
    CandidateRepository candidates;

    @Inject
    CandidateAccess candidateAccess;

    @Inject
    SessionDirectory sessions;

    @Inject
    Caller caller;

    @Transactional
    public PathResponse get(UUID id) {
        return PathResponse.of(access.readable(id));
    }

    @Transactional
    public PathResponse.History history(UUID id) {
        access.readable(id);
        return new PathResponse.History(paths.history(id).stream()
                .map(e -> new PathResponse.Change(e.fromStatus, e.toStatus, e.actor, e.at, e.reason)).toList());
    }

    @Transactional
    public List<PathResponse> ofSession(UUID sessionId) {
        SessionDirectory.SessionFacts session = sessions.find(sessionId).filter(access::maySeeSession)
                .orElseThrow(() -> ApiProblem.notFound("Session request " + sessionId));
        boolean everything = caller.isRegion() || session.runBy(caller.orgSiret().orElse(null));
        return paths.ofSession(session.id()).stream()
                .filter(p -> everything || candidates.findByIdOptional(p.candidateId).map(candidateAccess::mayRead).orElse(false))
                .map(PathResponse::of).toList();
    }
}
