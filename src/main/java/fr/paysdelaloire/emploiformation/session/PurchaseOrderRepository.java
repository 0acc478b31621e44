package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PurchaseOrderRepository implements PanacheRepositoryBase<PurchaseOrder, UUID> {

    /** The order covering a session. */
    public Optional<PurchaseOrder> findCovering(UUID requestId) {
        return find("select o from PurchaseOrder o join o.sessionIds s where s = ?1", requestId).firstResultOptional();
    }

    public Optional<PurchaseOrder> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<PurchaseOrder> visibleTo(String mandataireSiret) {
        return mandataireSiret == null ? list("order by issuedAt, id") : list("mandataireSiret = ?1 order by issuedAt, id", mandataireSiret);
    }

    public String nextNumber(int year) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('purchase_order_number_seq')").getSingleResult();
        return "BC-" + year + "-" + String.format("%06d", next.longValue());
    }

    public List<PurchaseOrderAmendment> amendments(UUID orderId) {
        return getEntityManager().createQuery("from PurchaseOrderAmendment where purchaseOrderId = :id order by at, kind, id",
                PurchaseOrderAmendment.class).setParameter("id", orderId).getResultList();
    }
}
