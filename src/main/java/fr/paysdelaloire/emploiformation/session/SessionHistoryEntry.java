package fr.paysdelaloire.emploiformation.session;

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

/** One change of a session request: who, when, from, to, why. */
@Entity
@Table(name = "session_request_history")
public class SessionHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_request_id", nullable = false)
    public UUID sessionRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public SessionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public SessionStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    /** One row of the history: a change of status ({@code from} → {@code to}), or a fact noted ({@code from} = {@code to}). */
    static SessionHistoryEntry of(UUID sessionRequestId, SessionStatus from, SessionStatus to, String actor, OffsetDateTime at, String reason) {
        SessionHistoryEntry entry = new SessionHistoryEntry();
        entry.sessionRequestId = sessionRequestId;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor;
        entry.at = at;
        entry.reason = reason;
        return entry;
    }
}
