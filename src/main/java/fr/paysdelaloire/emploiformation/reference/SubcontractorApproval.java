package fr.paysdelaloire.emploiformation.reference;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mandataire's prior agreement to a subcontractor for its lot (FAQ §2, §9), with why no member of the groupement can
 * deliver; withdrawn, it stops the subcontractor's new requests, not its sessions already authorised.
 */
@Entity
@Table(name = "subcontractor_approval")
public class SubcontractorApproval {

    @Id
    public UUID id;

    @Column(name = "lot_code", nullable = false)
    public String lotCode;

    @Column(nullable = false)
    public String siret;

    @Column(nullable = false)
    public String reason;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "approved_at", nullable = false)
    public OffsetDateTime approvedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Version
    public long version;

    public boolean live() {
        return withdrawnAt == null;
    }

    /** The mandataire's decisions, by subcontractor, in the order given (oldest first), as the rules read them. */
    static java.util.Map<String, java.util.List<SubcontractingRules.Decision>> bySiret(java.util.List<SubcontractorApproval> approvals) {
        java.util.Map<String, java.util.List<SubcontractingRules.Decision>> decisions = new java.util.LinkedHashMap<>();
        approvals.forEach(a -> decisions.computeIfAbsent(a.siret, k -> new java.util.ArrayList<>())
                .add(new SubcontractingRules.Decision(a.id, a.live())));
        return decisions;
    }
}
