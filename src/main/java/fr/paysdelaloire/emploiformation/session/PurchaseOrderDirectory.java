package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/** What invoicing needs to know of purchase orders and sessions, without their entities. */
@ApplicationScoped
public class PurchaseOrderDirectory {

    /** An order as invoicing sees it. */
    public record OrderFacts(UUID id, String number, String lotCode, String mandataireSiret, Set<UUID> sessionIds,
            BigDecimal traineeHours, BigDecimal pricePerTraineeHour, BigDecimal amount, PurchaseOrderStatus status) {
    }

    /** Extra hours a path may attend beyond its planned hours: those of its session's and its own amendments (§7). */
    public record ExtraHours(UUID sessionRequestId, List<UUID> pathIds, int hours) {
    }

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    SessionRequestRepository requests;

    public Optional<OrderFacts> find(UUID id) {
        return orders.findByIdOptional(id).map(PurchaseOrderDirectory::facts);
    }

    public Optional<OrderFacts> lock(UUID id) {
        return orders.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PurchaseOrderDirectory::facts);
    }

    public Optional<OrderFacts> covering(UUID sessionId) {
        return orders.findCovering(sessionId).map(PurchaseOrderDirectory::facts);
    }

    public List<OrderFacts> ofLot(String lotCode) {
        return orders.list("lotCode = ?1 and status = ?2 order by issuedAt", lotCode, PurchaseOrderStatus.ISSUED).stream()
                .map(PurchaseOrderDirectory::facts).toList();
    }

    public List<ExtraHours> extraHours(UUID orderId) {
        return orders.amendments(orderId).stream().filter(a -> "EXTRA_HOURS".equals(a.kind))
                .map(a -> new ExtraHours(a.sessionRequestId, List.of(a.pathIds), a.extraHours)).toList();
    }

    /** The training body that runs a session, and its planned hours per path. */
    public Optional<SessionDirectory.SessionFacts> session(UUID id) {
        return requests.findByIdOptional(id).map(SessionDirectory::facts);
    }

    /**
     * What the order covering the session holds for it (§7, §8), {@link OrderedVolume#NONE} when no issued order covers
     * it. Runs in the caller's transaction.
     */
    public OrderedVolume volume(UUID sessionId) {
        SessionRequest session = requests.findByIdOptional(sessionId).orElse(null);
        PurchaseOrder order = orders.findCovering(sessionId).orElse(null);
        if (session == null || order == null) {
            return OrderedVolume.NONE;
        }
        List<OrderedVolume.Amendment> amendments = orders.amendments(order.id).stream()
                .filter(a -> sessionId.equals(a.sessionRequestId)).map(a -> new OrderedVolume.Amendment(a.kind, a.traineeHours))
                .toList();
        return OrderedVolume.of(session.places, session.plannedHours, amendments,
                session.status == SessionStatus.CANCELLED || order.status != PurchaseOrderStatus.ISSUED);
    }

    private static OrderFacts facts(PurchaseOrder o) {
        return new OrderFacts(o.id, o.number, o.lotCode, o.mandataireSiret, Set.copyOf(o.sessionIds), o.traineeHours,
                o.pricePerTraineeHour, o.amount, o.status);
    }
}
