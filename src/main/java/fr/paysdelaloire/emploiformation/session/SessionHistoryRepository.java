package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionHistoryRepository implements PanacheRepositoryBase<SessionHistoryEntry, Long> {

    /** One change (or, from = to, one fact) of a request's life, in its history. */
    public void record(UUID requestId, SessionStatus from, SessionStatus to, String actor, java.time.OffsetDateTime at, String reason) {
        persist(SessionHistoryEntry.of(requestId, from, to, actor, at, reason));
    }

    public List<SessionHistoryEntry> of(UUID requestId) {
        return list("sessionRequestId = ?1 order by id", requestId);
    }
}
