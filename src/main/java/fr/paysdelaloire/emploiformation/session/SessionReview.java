package fr.paysdelaloire.emploiformation.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item the Region decides on an authorised session (analyse de situation): a withdrawal, a joining (issue #19). */
@Entity
@Table(name = "session_review")
public class SessionReview {

    @Id
    public UUID id;

    @Column(name = "session_request_id", nullable = false)
    public UUID sessionRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionReviewRules.Kind kind;

    /** The intention withdrawn, or the one asking to join; null for extra hours. */
    @Column(name = "intention_id")
    public UUID intentionId;

    /** EXTRA_HOURS: the hours asked for each path concerned. */
    @Column(name = "extra_hours")
    public Integer extraHours;

    /** EXTRA_HOURS: the paths concerned; empty for all the session's places. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "path_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] pathIds = new UUID[0];

    /** The positions that intention commits (withdrawn: it committed). */
    @Column(nullable = false)
    public int positions;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The body's words (a joining: why the group can take the trainee, §5). */
    public String reason;

    @Enumerated(EnumType.STRING)
    public SessionReviewRules.Decision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "places_before")
    public Integer placesBefore;

    @Column(name = "places_after")
    public Integer placesAfter;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public boolean open() {
        return decidedAt == null;
    }
}
