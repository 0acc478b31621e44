package fr.paysdelaloire.emploiformation.reference;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SubcontractorApprovalRepository implements PanacheRepositoryBase<SubcontractorApproval, UUID> {

    /** The lot's approvals, oldest first; of one body only when {@code siret} is given. */
    public List<SubcontractorApproval> ofLot(String lotCode, String siret) {
        return siret == null ? list("lotCode = ?1 order by approvedAt, id", lotCode)
                : list("lotCode = ?1 and siret = ?2 order by approvedAt, id", lotCode, siret);
    }

    /** Every approval, oldest first (the Region's lots are tens, their subcontractors a handful each). */
    public List<SubcontractorApproval> everyOne() {
        return list("order by approvedAt, id");
    }

    public Optional<SubcontractorApproval> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean liveFor(String lotCode, String siret) {
        return count("lotCode = ?1 and siret = ?2 and withdrawnAt is null", lotCode, siret) > 0;
    }
}
