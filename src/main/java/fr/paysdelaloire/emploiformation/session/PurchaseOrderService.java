package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.Answer;
import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.ETags;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.security.Caller;

/** Purchase orders (bons de commande): read by the Region and the lot's mandataire; extra hours by the Region. */
@ApplicationScoped
public class PurchaseOrderService {

    public static final String PATH = "/api/v1/purchase-orders";

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

    /** §8: hours × paths × the lot's price per trainee-hour, in euros and cents. */
    static BigDecimal amount(int hours, int paths, BigDecimal pricePerTraineeHour) {
        return pricePerTraineeHour.multiply(BigDecimal.valueOf((long) hours * paths)).setScale(2, RoundingMode.HALF_UP);
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

    /** §7: extra hours ordered later on the same order, for every path of the session. */
    public Answer amend(UUID id, AmendmentBody body) {
        String actor = caller.requireOrganisation();
        validation.check(body);
        return Retries.inTransaction(() -> {
            PurchaseOrder order = orders.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Purchase order " + id));
            if (!"ISSUED".equals(order.status)) {
                throw ApiProblem.conflict("This purchase order is " + order.status + ": it cannot be amended");
            }
            PurchaseOrderAmendment amendment = new PurchaseOrderAmendment();
            amendment.id = UUID.randomUUID();
            amendment.purchaseOrderId = order.id;
            amendment.extraHours = body.extraHours();
            amendment.amount = amount(body.extraHours(), order.paths, order.pricePerTraineeHour);
            amendment.reason = body.reason().strip();
            amendment.actor = actor;
            amendment.at = OffsetDateTime.now(clock);
            orders.getEntityManager().persist(amendment);
            order.hours += body.extraHours();
            order.amount = order.amount.add(amendment.amount);
            orders.flush();
            return new Answer(201, PATH + "/" + order.id, ETags.of(order.version), json.write(response(order)));
        });
    }

    private PurchaseOrder visible(PurchaseOrder order, UUID id) {
        if (order == null || !(caller.isRegion() || caller.orgSiret().map(order.mandataireSiret::equals).orElse(false))) {
            throw ApiProblem.notFound("Purchase order " + id);
        }
        return order;
    }

    private PurchaseOrderResponse response(PurchaseOrder o) {
        return new PurchaseOrderResponse(o.id, o.number, o.sessionRequestId, o.lotCode, o.mandataireSiret, o.paths, o.hours,
                o.pricePerTraineeHour, o.amount, o.status, o.issuedAt,
                orders.amendments(o.id).stream().map(a -> new PurchaseOrderResponse.Amendment(a.id, a.extraHours, a.amount,
                        a.reason, a.actor, a.at)).toList());
    }
}
