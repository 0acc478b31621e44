package fr.paysdelaloire.emploiformation.candidate;

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

/** One change of a training path: who, when, from, to, why. */
@Entity
@Table(name = "training_path_history")
public class PathHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "path_id", nullable = false)
    public UUID pathId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PathStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public PathStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    /** One row of the history: a change of status ({@code from} → {@code to}), or a fact noted ({@code from} = {@code to}). */
    static PathHistoryEntry of(UUID pathId, PathStatus from, PathStatus to, String actor, OffsetDateTime at, String reason) {
        PathHistoryEntry entry = new PathHistoryEntry();
        entry.pathId = pathId;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        return entry;
    }
}
