package fr.paysdelaloire.emploiformation.candidate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A training path (parcours): one candidate in one session answering one hiring intention (§5). */
@Entity
@Table(name = "training_path")
public class TrainingPath {

    @Id
    public UUID id;

    @Column(name = "session_request_id", nullable = false)
    public UUID sessionRequestId;

    /** The hiring intention the path fills; null on a socle session, which answers none (§10). */
    @Column(name = "intention_id")
    public UUID intentionId;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PathStatus status;

    /** Each trainee's path may differ in length inside one session (§7). */
    @Column(name = "individual_hours")
    public Integer individualHours;

    /** Part-time, with pay prorated (§5). */
    @Column(name = "part_time", nullable = false)
    public boolean partTime;

    @Column(name = "drop_out_reason")
    public String dropOutReason;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_contract_type")
    public String outcomeContractType;

    @Column(name = "outcome_start_date")
    public LocalDate outcomeStartDate;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    /** A partial certification gives an attestation (§4). */
    @Column(name = "partial_certification", nullable = false)
    public boolean partialCertification;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** When it was completed or dropped out: a training body's access to the candidate runs out from there. */
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** When the employer agreed to the trainee (§5, §6), before or after the integration; null until then. */
    @Column(name = "employer_agreed_at")
    public OffsetDateTime employerAgreedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** What became of the trainee. */
    public enum Outcome {
        HIRED,
        NOT_HIRED
    }
}
