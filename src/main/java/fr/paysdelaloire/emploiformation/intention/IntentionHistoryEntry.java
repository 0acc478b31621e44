package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a hiring intention: who, when, why. */
@Entity
@Table(name = "hiring_intention_history")
public class IntentionHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "intention_id", nullable = false)
    public UUID intentionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public IntentionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public IntentionStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    /** A status change of an intention, to persist. */
    static IntentionHistoryEntry of(UUID intentionId, IntentionStatus from, IntentionStatus to, String actor,
            OffsetDateTime at, String reason) {
        IntentionHistoryEntry entry = new IntentionHistoryEntry();
        entry.intentionId = intentionId;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        return entry;
    }
}
