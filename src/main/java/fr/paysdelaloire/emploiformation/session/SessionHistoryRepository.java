package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionHistoryRepository implements PanacheRepositoryBase<SessionHistoryEntry, Long> {

    public List<SessionHistoryEntry> of(UUID requestId) {
        return list("sessionRequestId = ?1 order by id", requestId);
    }
}
