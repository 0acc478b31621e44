package fr.paysdelaloire.emploiformation.intention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fr.paysdelaloire.emploiformation.api.PreparedSql;

@ApplicationScoped
public class IntentionHistoryRepository implements PanacheRepositoryBase<IntentionHistoryEntry, Long> {

    /** The columns the intake's insert writes: every column the entity maps but its generated id (IntakeStatementsTest). */
    static final List<String> INSERT_COLUMNS = List.of("intention_id", "from_status", "to_status", "actor", "at", "reason");

    private static final PreparedSql INSERT = new PreparedSql("insert into hiring_intention_history (" + String.join(", ", INSERT_COLUMNS)
            + ") values (:intention_id, :from_status, :to_status, :actor, :at, :reason)");

    /** Inserts an entry with one prepared statement, its id left to the database (issue #22, P1: the intake's history row). */
    public void insert(IntentionHistoryEntry entry) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("intention_id", entry.intentionId);
        values.put("from_status", entry.fromStatus == null ? null : entry.fromStatus.name());
        values.put("to_status", entry.toStatus.name());
        values.put("actor", entry.actor);
        values.put("at", entry.at);
        values.put("reason", entry.reason);
        INSERT.update(getEntityManager(), values);
    }

    public List<IntentionHistoryEntry> of(UUID intentionId) {
        return list("intentionId = ?1 order by id", intentionId);
    }
}
