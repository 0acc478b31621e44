package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.security.Caller;

/** Purchase orders (bons de commande): read by the Region and the lot's mandataire; extra hours by the Region. */
@ApplicationScoped
public class PurchaseOrderService {

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    BodyValidator validation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    SessionRequestRepository requests;

    @Inject
    jakarta.enterprise.inject.Instance<SessionPaths> sessionPaths;

    @Inject
    jakarta.enterprise.inject.Instance<SessionAttendance> attendance;

    @Inject
    PurchaseOrderDirectory directory;

    /**
     * §9: the order of an authorised session goes to the lot's mandataire whoever submitted; §8: its trainee-hours
     * (planned hours × places) at the lot's price per trainee-hour. In the authorisation's transaction.
     */
    void issueFor(SessionRequest request, GroupementDirectory.LotFacts lot, OffsetDateTime now) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.number = orders.nextNumber(now.getYear());
        order.sessionRequestId = request.id;
        order.lotCode = lot.code();
        order.mandataireSiret = lot.mandataireSiret();
        order.paths = request.places;
        order.hours = request.plannedHours;
        order.sessionIds.add(request.id);
        order.pricePerTraineeHour = lot.pricePerTraineeHour();
        order.traineeHours = BigDecimal.valueOf((long) request.plannedHours * request.places);
        order.amount = LotPrice.amount(order.traineeHours, order.pricePerTraineeHour);
        order.status = PurchaseOrderStatus.ISSUED;
        order.issuedAt = now;
        orders.persist(order);
    }

    /** A complementary order (§5, §7): the authorised session joins an issued order of the same lot. */
    void addTo(UUID orderId, SessionRequest request) {
        PurchaseOrder order = orders.findForUpdate(orderId)
                .orElseThrow(() -> ApiProblem.invalid("purchase_order_id", "is not a purchase order"));
        if (!order.lotCode.equals(request.lotCode)) {
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "An order covers sessions of one lot only: order " + order.number
                    + " is for lot " + order.lotCode + " (FAQ §7, §8: one price per trainee-hour for the lot's sessions)");
        }
        if (order.status != PurchaseOrderStatus.ISSUED) {
            throw ApiProblem.conflict("Purchase order " + order.number + " is " + order.status);
        }
        order.sessionIds.add(request.id);
        order.paths += request.places;
        change(order, BigDecimal.valueOf((long) request.plannedHours * request.places));
    }

    /** The session was cancelled before it started: an order that covers only it is cancelled. */
    void cancelWith(UUID sessionId) {
        orders.findCovering(sessionId).filter(order -> order.sessionIds.size() == 1)
                .ifPresent(order -> order.status = PurchaseOrderStatus.CANCELLED);
    }

    /**
     * The Region reduced the places of an authorised session after a withdrawal (§6, §9: as many paths as hiring
     * intentions): its order loses the paths and their trainee-hours (REDUCTION), the order book with it (§8).
     */
    void reduce(UUID sessionId, int removedPaths, int plannedHours, String reason, String actor, OffsetDateTime now) {
        PurchaseOrder order = issuedCovering(sessionId);
        BigDecimal traineeHours = BigDecimal.valueOf((long) removedPaths * plannedHours);
        if (order.traineeHours.subtract(traineeHours).signum() < 0) {
            throw ApiProblem.conflict("Order " + order.number + " has " + order.traineeHours.toPlainString()
                    + " trainee-hours left: " + traineeHours.toPlainString() + " cannot be taken off");
        }
        order.paths -= removedPaths;
        record(order, "REDUCTION", null, traineeHours.negate(), sessionId, List.of(), null, reason, actor, now);
        change(order, traineeHours.negate());
    }

    /**
     * The Region accepted a trainee joining a session beyond its places (§5): the order gains the paths (JOINING), their
     * trainee-hours ordered anew or, when {@code fromSession} is named, moved from that session of the same lot (§7).
     */
    void joined(UUID sessionId, int addedPaths, int plannedHours, UUID fromSession, String reason, String actor, OffsetDateTime now) {
        PurchaseOrder order = issuedCovering(sessionId);
        BigDecimal traineeHours = BigDecimal.valueOf((long) addedPaths * plannedHours);
        order.paths += addedPaths;
        if (fromSession == null) {
            record(order, "JOINING", null, traineeHours, sessionId, List.of(), null, reason, actor, now);
            change(order, traineeHours);
            return;
        }
        SessionRequest from = requests.findByIdOptional(fromSession)
                .orElseThrow(() -> ApiProblem.invalid("hours_from_session_request_id", "is not a session request"));
        PurchaseOrder giving = orders.findCovering(fromSession).filter(o -> o.status == PurchaseOrderStatus.ISSUED)
                .flatMap(o -> orders.findForUpdate(o.id))
                .orElseThrow(() -> ApiProblem.invalid("hours_from_session_request_id", "has no issued purchase order"));
        takeFrom(giving, from, order.lotCode, traineeHours, sessionId, reason, actor, now);
        // the place joins the session's places: its hours are ordered by the receiving order, paid by the giving one (§7)
        record(order, "JOINING", null, traineeHours, sessionId, List.of(), fromSession, reason, actor, now);
        change(order, traineeHours);
    }

    /**
     * §7 (fungibility): hours leave a session of the same lot, from what it has not attended; never from another lot,
     * never below what was attended, never leaving an order negative. Records TRANSFER_OUT on the giving order.
     */
    private void takeFrom(PurchaseOrder giving, SessionRequest from, String lotCode, BigDecimal moved, UUID towards, String reason,
            String actor, OffsetDateTime now) {
        if (!from.lotCode.equals(lotCode)) {
            // §7: hours are fungible between sessions of the same lot; each lot has its own price and market (§8).
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "FUNGIBILITY: hours are fungible between sessions of the same lot "
                    + "only (FAQ §7); session " + from.id + " belongs to lot " + from.lotCode + ", the receiving one to lot " + lotCode);
        }
        BigDecimal left = directory.volume(from.id).ordered().subtract(attended(from.id));
        if (left.compareTo(moved) < 0) {
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "FUNGIBILITY: session " + from.id + " has " + left.max(BigDecimal.ZERO)
                    .stripTrailingZeros().toPlainString() + " trainee-hours it has not attended; " + moved.stripTrailingZeros()
                    .toPlainString() + " cannot leave it (hours "
                    + "already attended stay with their session, FAQ §7)");
        }
        if (giving.traineeHours.subtract(moved).signum() < 0) {
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "An order is never negative: order " + giving.number + " has "
                    + giving.traineeHours.toPlainString() + " trainee-hours, " + moved.toPlainString() + " cannot leave it");
        }
        record(giving, "TRANSFER_OUT", null, moved.negate(), from.id, List.of(), towards, reason, actor, now);
        change(giving, moved.negate());
    }

    private BigDecimal attended(UUID sessionId) {
        return attendance.stream().map(a -> a.attended(sessionId)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The Region granted the body's request for extra hours (§6, §7): the order is amended (EXTRA_HOURS). */
    void extraHours(UUID sessionId, int extraHours, List<UUID> pathIds, String reason, String actor, OffsetDateTime now) {
        extraHours(issuedCovering(sessionId), sessionId, new AmendmentBody(AmendmentBody.Kind.EXTRA_HOURS, extraHours, sessionId,
                pathIds, null, null, reason), actor, now);
    }

    /** Extra hours go to paths of the session they are ordered for: 400 for any other. */
    void requirePathsOf(UUID sessionId, List<UUID> pathIds) {
        if (pathIds.isEmpty()) {
            return;
        }
        java.util.Set<UUID> known = new java.util.HashSet<>();
        sessionPaths.forEach(paths -> known.addAll(paths.of(sessionId)));
        if (!known.containsAll(pathIds)) {
            throw ApiProblem.invalid("path_ids", "must be paths of the session");
        }
    }

    private PurchaseOrder issuedCovering(UUID sessionId) {
        return orders.findCovering(sessionId).filter(o -> o.status == PurchaseOrderStatus.ISSUED)
                .flatMap(o -> orders.findForUpdate(o.id))
                .orElseThrow(() -> ApiProblem.conflict("The session has no issued purchase order"));
    }

    /** The lot changed hands: its orders go to the new mandataire (§9). */
    void handOver(String lotCode, String formerMandataire, String mandataire) {
        orders.list("lotCode = ?1 and mandataireSiret = ?2", lotCode, formerMandataire).forEach(order -> order.mandataireSiret = mandataire);
    }

    @Transactional
    public List<PurchaseOrderResponse> list() {
        String mandataire = caller.isRegion() ? null : caller.orgSiret().orElseThrow(() -> ApiProblem.forbidden("no organisation"));
        return orders.visibleTo(mandataire).stream().map(this::response).toList();
    }

    @Transactional
    public PurchaseOrderResponse get(UUID id) {
        return response(visible(orders.findByIdOptional(id).orElse(null), id));
    }

    /**
     * An amendment (§7): extra hours for a session's places or for named paths, or trainee-hours moved to
     * another session of the same lot (fungibility) — never to another lot, never leaving an order negative.
     */
    public Representation<PurchaseOrderResponse> amend(UUID id, AmendmentBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        return Retries.inTransaction(() -> {
            PurchaseOrder order = orders.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Purchase order " + id));
            if (order.status != PurchaseOrderStatus.ISSUED) {
                throw ApiProblem.conflict("This purchase order is " + order.status + ": it cannot be amended");
            }
            UUID sessionId = body.sessionRequestId() != null ? body.sessionRequestId()
                    : order.sessionIds.size() == 1 ? order.sessionIds.iterator().next() : null;
            if (sessionId == null || !order.sessionIds.contains(sessionId)) {
                throw ApiProblem.invalid("session_request_id", "must name a session this order covers");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (body.kindOrDefault() == AmendmentBody.Kind.EXTRA_HOURS) {
                extraHours(order, sessionId, body, actor, now);
            } else {
                transfer(order, sessionId, body, actor, now);
            }
            orders.flush();
            return Representation.created(PurchaseOrderResource.PATH + "/" + order.id, null, response(order));
        });
    }

    private void extraHours(PurchaseOrder order, UUID sessionId, AmendmentBody body, String actor, OffsetDateTime now) {
        if (body.extraHours() == null) {
            throw ApiProblem.invalid("extra_hours", "is required for EXTRA_HOURS");
        }
        SessionRequest session = requests.findByIdOptional(sessionId).orElseThrow();
        List<UUID> named = body.pathIds() == null ? List.of() : body.pathIds();
        requirePathsOf(sessionId, named);
        int paths = named.isEmpty() ? session.places : named.size();
        BigDecimal traineeHours = BigDecimal.valueOf((long) body.extraHours() * paths);
        record(order, "EXTRA_HOURS", body.extraHours(), traineeHours, sessionId, named, null, body.reason(), actor, now);
        change(order, traineeHours);
    }

    private void transfer(PurchaseOrder order, UUID sessionId, AmendmentBody body, String actor, OffsetDateTime now) {
        if (body.targetSessionRequestId() == null || body.hours() == null) {
            throw ApiProblem.invalid(body.hours() == null ? "hours" : "target_session_request_id", "is required for a TRANSFER");
        }
        SessionRequest target = requests.findByIdOptional(body.targetSessionRequestId())
                .orElseThrow(() -> ApiProblem.invalid("target_session_request_id", "is not a session request"));
        if (target.id.equals(sessionId)) {
            throw ApiProblem.invalid("target_session_request_id", "must be another session");
        }
        if (!target.lotCode.equals(order.lotCode)) {
            // §7: hours are fungible between sessions of the same lot; each lot has its own price and market (§8).
            throw new ApiProblem(ProblemType.UNPROCESSABLE, "FUNGIBILITY: hours are fungible between sessions of the same lot "
                    + "only (FAQ §7); session " + target.id + " belongs to lot " + target.lotCode + ", this order to lot " + order.lotCode);
        }
        PurchaseOrder targetOrder = orders.findCovering(target.id).filter(o -> o.status == PurchaseOrderStatus.ISSUED)
                .orElseThrow(() -> ApiProblem.conflict("The target session has no issued purchase order: authorise it first"));
        BigDecimal moved = body.hours();
        takeFrom(order, requests.findByIdOptional(sessionId).orElseThrow(), order.lotCode, moved, target.id, body.reason(), actor, now);
        PurchaseOrder receiving = targetOrder.id.equals(order.id) ? order : orders.findForUpdate(targetOrder.id).orElseThrow();
        record(receiving, "TRANSFER_IN", null, moved, target.id, List.of(), sessionId, body.reason(), actor, now);
        change(receiving, moved);
    }

    private static void change(PurchaseOrder order, BigDecimal traineeHours) {
        order.traineeHours = order.traineeHours.add(traineeHours);
        order.amount = LotPrice.amount(order.traineeHours, order.pricePerTraineeHour);
    }

    private void record(PurchaseOrder order, String kind, Integer extraHours, BigDecimal traineeHours, UUID sessionId,
            List<UUID> paths, UUID counterpart, String reason, String actor, OffsetDateTime now) {
        PurchaseOrderAmendment amendment = new PurchaseOrderAmendment();
        amendment.id = UUID.randomUUID();
        amendment.purchaseOrderId = order.id;
        amendment.kind = kind;
        amendment.extraHours = extraHours;
        amendment.traineeHours = traineeHours;
        amendment.amount = LotPrice.amount(traineeHours, order.pricePerTraineeHour);
        amendment.sessionRequestId = sessionId;
        amendment.pathIds = paths.toArray(UUID[]::new);
        amendment.counterpartSessionId = counterpart;
        amendment.reason = reason.strip();
        amendment.actor = actor;
        amendment.at = now;
        orders.getEntityManager().persist(amendment);
    }

    private PurchaseOrder visible(PurchaseOrder order, UUID id) {
        if (order == null || !(caller.isRegion() || caller.orgSiret().map(order.mandataireSiret::equals).orElse(false))) {
            throw ApiProblem.notFound("Purchase order " + id);
        }
        return order;
    }

    private PurchaseOrderResponse response(PurchaseOrder o) {
        return new PurchaseOrderResponse(o.id, o.number, List.copyOf(o.sessionIds), o.lotCode, o.mandataireSiret, o.paths,
                o.traineeHours, o.pricePerTraineeHour, o.amount, o.status.name(), o.issuedAt,
                orders.amendments(o.id).stream().map(a -> new PurchaseOrderResponse.Amendment(a.id, a.kind, a.sessionRequestId,
                        List.of(a.pathIds), a.counterpartSessionId, a.extraHours, a.traineeHours, a.amount, a.reason, a.actor, a.at))
                        .toList());
    }
}
