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

/**
 * A validator refers a validated candidate to a training body, or to one of its sessions (*orientation*, FAQ §5:
 * validators validate and position candidates; the body validates the final integration). The referral lets that body
 * read the candidate and position them — on that session when one is named — until it is used, withdrawn, closed (the
 * candidate placed elsewhere) or expired.
 */
@Entity
@Table(name = "candidate_referral")
public class Referral {

    public enum Status {
        OPEN,
        /** A path was created from it. */
        USED,
        /** The validator took it back. */
        WITHDRAWN,
        /** The candidate was placed on another session. */
        CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    /** The validator organisation, as {@code validator:<org_id>}. */
    @Column(nullable = false)
    public String validator;

    @Column(name = "training_body_siret", nullable = false)
    public String trainingBodySiret;

    @Column(name = "session_request_id")
    public UUID sessionRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "path_id")
    public UUID pathId;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;

    boolean openAt(OffsetDateTime now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }
}
