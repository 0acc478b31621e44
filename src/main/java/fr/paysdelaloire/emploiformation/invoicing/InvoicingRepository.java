package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoicingRepository implements PanacheRepositoryBase<Invoice, UUID> {

    public Optional<Invoice> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Invoice> live(UUID orderId, LocalDate month) {
        return find("purchaseOrderId = ?1 and month = ?2 and status in ?3", orderId, month, InvoiceStatus.LIVE).firstResultOptional();
    }

    public List<Invoice> ofOrder(UUID orderId) {
        return list("purchaseOrderId = ?1 order by month, issuedAt", orderId);
    }

    /** The trainee-hours an order's live (issued or validated) invoices claim. */
    public BigDecimal liveHours(UUID orderId) {
        return ofOrder(orderId).stream().filter(i -> InvoiceStatus.LIVE.contains(i.status)).map(i -> i.hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Invoice> ofOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : list("purchaseOrderId in ?1", orderIds);
    }

    public Optional<Attendance> attendance(UUID pathId, LocalDate month) {
        return Optional.ofNullable(getEntityManager().find(Attendance.class, new Attendance.Key(pathId, month),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Attendance> attendanceOf(UUID pathId) {
        return getEntityManager().createQuery("from Attendance where pathId = :path order by month", Attendance.class)
                .setParameter("path", pathId).getResultList();
    }

    public List<Attendance> attendanceOf(Collection<UUID> pathIds, LocalDate month) {
        if (pathIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from Attendance where pathId in :paths and month = :month order by pathId", Attendance.class)
                .setParameter("paths", pathIds).setParameter("month", month).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public BigDecimal otherMonths(UUID pathId, LocalDate month) {
        BigDecimal sum = getEntityManager().createQuery(
                "select coalesce(sum(a.hours), 0) from Attendance a where a.pathId = :path and a.month <> :month", BigDecimal.class)
                .setParameter("path", pathId).setParameter("month", month).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public void unlink(UUID invoiceId) {
        getEntityManager().createQuery("update Attendance set invoiceId = null where invoiceId = :invoice")
                .setParameter("invoice", invoiceId).executeUpdate();
    }

    public void recordChange(UUID pathId, LocalDate month, BigDecimal previous, BigDecimal hours, String actor, OffsetDateTime at) {
        getEntityManager().createNativeQuery("""
                insert into attendance_history (path_id, month, previous_hours, hours, actor, at)
                values (:path, :month, :previous, :hours, :actor, :at)""")
                .setParameter("path", pathId).setParameter("month", month).setParameter("previous", previous)
                .setParameter("hours", hours).setParameter("actor", actor).setParameter("at", at).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> attendanceHistory(UUID pathId) {
        return getEntityManager().createNativeQuery(
                "select month, previous_hours, hours, actor, at from attendance_history where path_id = :path order by id")
                .setParameter("path", pathId).getResultList();
    }
}
