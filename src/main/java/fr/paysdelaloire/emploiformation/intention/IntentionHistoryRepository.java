package fr.paysdelaloire.emploiformation.intention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IntentionHistoryRepository implements PanacheRepositoryBase<IntentionHistoryEntry, Long> {

    public List<IntentionHistoryEntry> of(UUID intentionId) {
        return list("intentionId = ?1 order by id", intentionId);
    }
}
