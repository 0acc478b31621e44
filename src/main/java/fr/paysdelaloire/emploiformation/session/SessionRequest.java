package fr.paysdelaloire.emploiformation.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.paysdelaloire.emploiformation.reference.CertificationKind;
import fr.paysdelaloire.emploiformation.reference.Sector;

/** A training body's request to open a session (demande de session), and the session once authorised. */
@Entity
@Table(name = "session_request")
public class SessionRequest {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Column(name = "lot_code", nullable = false)
    public String lotCode;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The training body that runs the session (for a socle session, the lot's mandataire). */
    @Column(name = "submitter_siret", nullable = false)
    public String submitterSiret;

    /** The lot's mandataire when the request was made: it sees the request and receives the order (§9). */
    @Column(name = "mandataire_siret", nullable = false)
    public String mandataireSiret;

    @Column(name = "mandataire_informed_at")
    public OffsetDateTime mandataireInformedAt;

    /** A subcontractor's request: the mandataire's approval it relies on (§2, §9), as of its last submission or authorisation. */
    @Column(name = "subcontractor_approval_id")
    public java.util.UUID subcontractorApprovalId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_sector", nullable = false)
    public Sector trainingSector;

    @Enumerated(EnumType.STRING)
    @Column(name = "certification_kind", nullable = false)
    public CertificationKind certificationKind;

    @Column(name = "certification_code")
    public String certificationCode;

    @Column(nullable = false)
    public String formacode;

    @Column(name = "planned_hours", nullable = false)
    public int plannedHours;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** A new calendar the body proposed, waiting for the Region (§6); null when none is pending. */
    @Column(name = "proposed_start_date")
    public LocalDate proposedStartDate;

    @Column(name = "proposed_end_date")
    public LocalDate proposedEndDate;

    @Column(name = "proposal_reason")
    public String proposalReason;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "proposed_by")
    public String proposedBy;

    /** The places of training, as JSON: [{commune_insee, label}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String locations;

    @Column(nullable = false)
    public boolean afest;

    @Column(name = "part_time", nullable = false)
    public boolean partTime;

    @Column(name = "permanent_entry", nullable = false)
    public boolean permanentEntry;

    @Column(name = "completes_existing_group", nullable = false)
    public boolean completesExistingGroup;

    @Column(name = "preparatory_phase", nullable = false)
    public boolean preparatoryPhase;

    @Column(nullable = false)
    public int places;

    /** §5: under five trainees, the body's declaration that it finds its financial balance; null when none. */
    @Column(name = "financial_balance")
    public String financialBalance;

    @ElementCollection
    @CollectionTable(name = "session_request_intention", joinColumns = @JoinColumn(name = "session_request_id"))
    @Column(name = "intention_id", nullable = false)
    public Set<UUID> intentionIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    /** The last evaluation of the rules (on submission, authorisation, or a change), as the API returns it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String evaluation;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at")
    public OffsetDateTime lastSubmittedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "last_status_change_at", nullable = false)
    public OffsetDateTime lastStatusChangeAt;

    /** Run by this training body: its submitter, or the lot's mandataire (§9). */
    public boolean runBy(String siret) {
        return SessionRequestRules.runBy(siret, submitterSiret, mandataireSiret);
    }

    /** Moves along the life cycle, or throws {@link fr.paysdelaloire.emploiformation.rules.IllegalTransition} (409). */
    public SessionStatus apply(SessionTransition transition, OffsetDateTime now) {
        SessionStatus from = status;
        status = SessionTransition.LIFECYCLE.next(status, transition);
        lastStatusChangeAt = now;
        updatedAt = now;
        return from;
    }
}
