package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;
import fr.paysdelaloire.emploiformation.session.SessionAttendance;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/** The hours attended and invoiced on a session's paths, for the order's ledger (§7, §8). Runs in the caller's transaction. */
@ApplicationScoped
public class AttendanceLedger implements SessionAttendance {

    @Inject
    InvoicingRepository invoices;

    @Inject
    PurchaseOrderDirectory orders;

    /**
     * §7: a path attends its individual planned hours (the session's by default), plus the extra hours ordered for it or
     * its session, plus the hours moved in from other sessions of the lot, which the session's paths share within its
     * volume.
     */
    public BigDecimal cap(PathDirectory.PathFacts path) {
        SessionDirectory.SessionFacts session = orders.session(path.sessionRequestId()).orElseThrow();
        int planned = path.individualHours() == null ? session.plannedHours() : path.individualHours();
        int extra = orders.covering(path.sessionRequestId())
                .map(order -> orders.extraHours(order.id()).stream()
                        .filter(e -> path.sessionRequestId().equals(e.sessionRequestId())
                                && (e.pathIds().isEmpty() || e.pathIds().contains(path.id())))
                        .mapToInt(PurchaseOrderDirectory.ExtraHours::hours).sum())
                .orElse(0);
        return InvoicingRules.cap(planned, extra).add(orders.volume(path.sessionRequestId()).sharedPool());
    }

    /** Hours attended on a path, and those of them on a live invoice. */
    public BigDecimal[] pathHours(java.util.UUID pathId) {
        BigDecimal attended = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        for (Attendance a : invoices.attendanceOf(pathId)) {
            attended = attended.add(a.hours);
            if (a.invoiceId != null) {
                invoiced = invoiced.add(a.hours);
            }
        }
        return new BigDecimal[] { attended, invoiced };
    }

    @Override
    public BigDecimal attended(UUID sessionRequestId) {
        return sum("""
                select coalesce(sum(a.hours), 0) from attendance a join training_path p on p.id = a.path_id
                where p.session_request_id = :session""", sessionRequestId);
    }

    /** Trainee-hours of the session on live (issued or validated) invoices. */
    public BigDecimal invoiced(UUID sessionRequestId) {
        return sum("""
                select coalesce(sum(l.hours), 0) from invoice_line l join invoice i on i.id = l.invoice_id
                where l.session_request_id = :session and i.status in ('ISSUED', 'VALIDATED')""", sessionRequestId);
    }

    private BigDecimal sum(String sql, UUID sessionRequestId) {
        Object value = invoices.getEntityManager().createNativeQuery(sql).setParameter("session", sessionRequestId).getSingleResult();
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
