package fr.paysdelaloire.emploiformation.intention;

import java.math.BigDecimal;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.paysdelaloire.emploiformation.rules.Verdict;

/** An employer's written hiring intention (intention d'embauche, FAQ §6), as recorded. */
@Entity
@Table(name = "hiring_intention")
public class HiringIntention {

    @Id
    public UUID id;

    /** Who sent it: {@code role:organisation}, e.g. {@code employer-platform:nosemplois}. */
    @Column(nullable = false)
    public String sender;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    /** Fingerprint of the content last sent, to tell a replay from a different intention. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "employer_siret", nullable = false)
    public String employerSiret;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "employer_department", nullable = false)
    public String employerDepartment;

    @Column(name = "employer_commune_insee", nullable = false)
    public String employerCommuneInsee;

    @Column(name = "job_title", nullable = false)
    public String jobTitle;

    @Column(name = "job_rome_code", nullable = false)
    public String jobRomeCode;

    @Column(nullable = false)
    public int positions;

    /** Trainees hired on it so far (§6); it is fulfilled when they fill every position ({@link IntentionRules#fulfilled}). */
    @Column(nullable = false)
    public int hires;

    /** When its session ended (completed): from then on it no longer holds the employer (§6, {@link IntentionRules#holdsEmployer}). */
    @Column(name = "session_ended_at")
    public java.time.OffsetDateTime sessionEndedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    public ContractType contractType;

    @Column(name = "contract_duration_months")
    public Integer contractDurationMonths;

    @Column(name = "contract_weekly_hours", nullable = false)
    public BigDecimal contractWeeklyHours;

    @Column(name = "target_certification_code")
    public String targetCertificationCode;

    @Column(name = "target_skills")
    public String targetSkills;

    /** The involvement steps, comma-separated. */
    @Column(name = "employer_involvement", nullable = false)
    public String employerInvolvement;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof_channel")
    public ProofChannel proofChannel;

    @Column(name = "proof_received_on")
    public LocalDate proofReceivedOn;

    @Column(name = "proof_reference")
    public String proofReference;

    /** The body the employer commits to (§6); null for an open need, until its sender records the employer's choice. */
    @Column(name = "training_body_siret")
    public String trainingBodySiret;

    /** The sector of the job ({@code RomeSectors}), null when no sector takes it: which lots see the open need. */
    @Column(name = "job_sector")
    public String jobSector;

    /** When the employer's choice among the proposals was recorded (take-up); null otherwise. */
    @Column(name = "taken_up_at")
    public OffsetDateTime takenUpAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntentionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_outcome", nullable = false)
    public Verdict eligibilityOutcome;

    /** The last evaluation, as the API returns it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String eligibility;

    /** The sector of the session request that last used it (the funnel's sector), null if none ever did. */
    @Column(name = "request_sector")
    public String requestSector;

    /** How long that request waited, from its first submission to the Region's decision, once decided. */
    @Column(name = "decision_seconds")
    public Long decisionSeconds;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "last_status_change_at", nullable = false)
    public OffsetDateTime lastStatusChangeAt;

    /** An open need: no training body chosen yet (issue #21). */
    public boolean openNeed() {
        return trainingBodySiret == null;
    }

    /** When the employer committed to its body (§6): when it was recorded, or for a need taken up, when its choice was. */
    public OffsetDateTime committedAt() {
        return takenUpAt != null ? takenUpAt : createdAt;
    }
}
