package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.candidate.PathDirectory;
import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.OrderedVolume;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;
import fr.paysdelaloire.emploiformation.session.SessionDirectory;

/** One purchase order's ledger of trainee-hours (§7, §8): for the Region and the lot's mandataire, 404 for anyone else. */
@ApplicationScoped
public class OrderLedgerService {

    @Inject
    PurchaseOrderDirectory orders;

    @Inject
    PathDirectory paths;

    @Inject
    AttendanceLedger ledger;

    @Inject
    InvoicingRepository invoices;

    @Inject
    Caller caller;

    @Transactional
    public OrderLedgerResponse ledger(UUID orderId) {
        PurchaseOrderDirectory.OrderFacts order = orders.find(orderId)
                .filter(o -> caller.isRegion() || caller.orgSiret().map(o.mandataireSiret()::equals).orElse(false))
                .orElseThrow(() -> ApiProblem.notFound("Purchase order " + orderId));
        List<OrderLedgerResponse.SessionLine> sessions = new ArrayList<>();
        BigDecimal attendedAll = BigDecimal.ZERO;
        for (UUID sessionId : order.sessionIds().stream().sorted().toList()) {
            SessionDirectory.SessionFacts session = orders.session(sessionId).orElseThrow();
            OrderedVolume volume = orders.volume(sessionId);
            List<OrderLedgerResponse.PathLine> pathLines = new ArrayList<>();
            BigDecimal attended = BigDecimal.ZERO;
            BigDecimal invoiced = BigDecimal.ZERO;
            for (PathDirectory.PathFacts path : paths.ofSessions(java.util.Set.of(sessionId))) {
                BigDecimal[] hours = ledger.pathHours(path.id());
                pathLines.add(new OrderLedgerResponse.PathLine(path.id(), path.status().name(), ledger.cap(path), hours[0], hours[1]));
                attended = attended.add(hours[0]);
                invoiced = invoiced.add(hours[1]);
            }
            attendedAll = attendedAll.add(attended);
            sessions.add(new OrderLedgerResponse.SessionLine(sessionId, session.kind().name(), session.places(),
                    session.plannedHours(), volume.ordered(), volume.extraHours(), volume.movedIn(), volume.movedOut(), attended,
                    invoiced, nonNegative(volume.ordered().subtract(attended)), pathLines));
        }
        BigDecimal invoicedAll = invoices.liveHours(orderId);
        return new OrderLedgerResponse(order.id(), order.number(), order.lotCode(), order.status().name(),
                order.pricePerTraineeHour(), order.traineeHours(), attendedAll, invoicedAll,
                nonNegative(order.traineeHours().subtract(invoicedAll)), order.amount(),
                LotPrice.amount(invoicedAll, order.pricePerTraineeHour()), sessions);
    }

    /** What is left, never below zero, keeping the scale of the hours. */
    private static BigDecimal nonNegative(BigDecimal hours) {
        return hours.signum() < 0 ? BigDecimal.ZERO.setScale(hours.scale()) : hours;
    }
}
