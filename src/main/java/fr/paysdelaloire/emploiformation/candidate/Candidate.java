package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A job seeker positioned by a validator. Personal data: kept minimal, never logged, never in a URL. */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    public UUID id;

    /** Null once erased ({@link #erasedAt}). */
    @Column(name = "france_travail_id")
    public String franceTravailId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** When the retention period ran out and the identity was erased (the anonymous facts stay). */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Situation situation;

    @Column(name = "business_creation_project", nullable = false)
    public boolean businessCreationProject;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String validation;

    @Column(name = "validated_by")
    public String validatedBy;

    @Column(name = "validated_at")
    public OffsetDateTime validatedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public String toString() {
        // never the person's identity: toString ends up in logs
        return "Candidate[" + id + "]";
    }
}
