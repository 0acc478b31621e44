package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Region's decision that an employer commits, for one training (ROME code and target certification), to the
 * training body of one intention (FAQ §6: "il ne peut s'engager qu'auprès d'un seul"). LIVE until the facts it was
 * decided on change (the holder is corrected to another employer, training or body), or another decision replaces it.
 */
@Entity
@Table(name = "employer_arbitration")
public class EmployerArbitration {

    @Id
    public UUID id;

    @Column(name = "employer_siret", nullable = false)
    public String employerSiret;

    @Column(name = "job_rome_code", nullable = false)
    public String jobRomeCode;

    @Column(name = "target_certification_code")
    public String targetCertificationCode;

    @Column(name = "holder_intention_id", nullable = false)
    public UUID holderIntentionId;

    @Column(name = "holder_training_body_siret", nullable = false)
    public String holderTrainingBodySiret;

    /** LIVE or LAPSED. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "lapsed_at")
    public OffsetDateTime lapsedAt;

    @Column(name = "lapse_reason")
    public String lapseReason;
}
