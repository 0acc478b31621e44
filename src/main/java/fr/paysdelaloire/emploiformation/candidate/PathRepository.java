package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PathRepository implements PanacheRepositoryBase<TrainingPath, UUID> {

    public Optional<TrainingPath> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Paths that fill a position of the intention: all but the dropped-out ones (§5: a drop-out can be replaced). */
    /** The places of a session its paths fill: all but the dropped-out ones. */
    public long fillingPlaces(UUID sessionId) {
        return count("sessionRequestId = ?1 and status <> ?2", sessionId, PathStatus.DROPPED_OUT);
    }

    public long fillingPositions(UUID intentionId) {
        return count("intentionId = ?1 and status <> ?2", intentionId, PathStatus.DROPPED_OUT);
    }

    public boolean hasActivePath(UUID candidateId) {
        return count("candidateId = ?1 and status in ?2", candidateId, PathStatus.ACTIVE) > 0;
    }

    public List<TrainingPath> ofSession(UUID sessionRequestId) {
        return list("sessionRequestId = ?1 order by createdAt, id", sessionRequestId);
    }

    public List<TrainingPath> ofCandidate(UUID candidateId) {
        return list("candidateId", candidateId);
    }

    public List<TrainingPath> integratedIn(UUID sessionRequestId) {
        return find("sessionRequestId = ?1 and status = ?2", sessionRequestId, PathStatus.INTEGRATED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** One change (or, from = to, one fact) of a path's life, in its history. */
    public void record(TrainingPath path, PathStatus from, PathStatus to, String actor, OffsetDateTime at, String reason) {
        getEntityManager().persist(PathHistoryEntry.of(path.id, from, to, actor, at, reason));
    }

    public List<PathHistoryEntry> history(UUID pathId) {
        return getEntityManager().createQuery("from PathHistoryEntry where pathId = :id order by id", PathHistoryEntry.class)
                .setParameter("id", pathId).getResultList();
    }
}
