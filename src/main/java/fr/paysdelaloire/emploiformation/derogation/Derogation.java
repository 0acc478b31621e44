package fr.paysdelaloire.emploiformation.derogation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A derogation to one rule of the scheme, asked for by a training body, decided by the Region. */
@Entity
@Table(name = "derogation")
public class Derogation {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DerogationStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** The facts of its subject the derogation was asked for and decided on (JSON object of strings); it lapses when they change. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String facts;

    @Column(name = "lapsed_at")
    public OffsetDateTime lapsedAt;

    @Column(name = "lapse_reason")
    public String lapseReason;

    @Version
    public long version;
}
