package fr.paysdelaloire.emploiformation.candidate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.session.SessionPaths;

/** What other capabilities need to know of training paths, without their entities: no personal data. */
@ApplicationScoped
public class PathDirectory implements SessionPaths {

    /** A path as invoicing sees it. */
    public record PathFacts(UUID id, UUID sessionRequestId, PathStatus status, Integer individualHours, boolean partTime) {
    }

    @Inject
    PathRepository paths;

    @Override
    public Set<UUID> of(UUID sessionRequestId) {
        return paths.ofSession(sessionRequestId).stream().map(p -> p.id).collect(Collectors.toSet());
    }

    public Optional<PathFacts> find(UUID id) {
        return paths.findByIdOptional(id).map(PathDirectory::facts);
    }

    public List<PathFacts> ofSessions(Set<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return paths.list("sessionRequestId in ?1 order by createdAt, id", sessionIds).stream().map(PathDirectory::facts).toList();
    }

    /** Paths that fill places of the session: all but the dropped-out ones. */
    @Override
    public long filledPlaces(UUID sessionId) {
        return paths.fillingPlaces(sessionId);
    }

    private static PathFacts facts(TrainingPath p) {
        return new PathFacts(p.id, p.sessionRequestId, p.status, p.individualHours, p.partTime);
    }
}
