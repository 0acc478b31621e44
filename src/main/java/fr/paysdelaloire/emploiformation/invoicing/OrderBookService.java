package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.session.PurchaseOrderDirectory;

/** A lot's order book (§8): its orders, invoices and validations against the market's minimum. */
@ApplicationScoped
public class OrderBookService {

    @Inject
    InvoicingRepository invoices;

    @Inject
    PurchaseOrderDirectory orders;

    @Inject
    GroupementDirectory groupements;

    @Inject
    Caller caller;

    /** §8: what a lot's orders, invoices and validations amount to against the market's minimum. */
    @Transactional
    public OrderBookResponse orderBook(String lotCode) {
        GroupementDirectory.LotFacts lot = groupements.lot(lotCode).orElseThrow(() -> ApiProblem.notFound("Lot " + lotCode));
        if (!(caller.isRegion() || caller.orgSiret().map(lot.mandataireSiret()::equals).orElse(false))) {
            throw ApiProblem.notFound("Lot " + lotCode + "'s order book");
        }
        List<PurchaseOrderDirectory.OrderFacts> lotOrders = orders.ofLot(lotCode);
        BigDecimal ordered = lotOrders.stream().map(PurchaseOrderDirectory.OrderFacts::traineeHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Invoice> lotInvoices = invoices.ofOrders(lotOrders.stream().map(PurchaseOrderDirectory.OrderFacts::id).toList());
        BigDecimal invoiced = sum(lotInvoices, InvoiceStatus.LIVE);
        BigDecimal validated = sum(lotInvoices, Set.of(InvoiceStatus.VALIDATED));
        BigDecimal minimum = BigDecimal.valueOf(lot.minimumOrderHours());
        BigDecimal price = lot.pricePerTraineeHour();
        List<OrderBookResponse.Order> perOrder = lotOrders.stream().map(o -> {
            BigDecimal orderInvoiced = sum(lotInvoices.stream().filter(i -> i.purchaseOrderId.equals(o.id())).toList(), InvoiceStatus.LIVE);
            return new OrderBookResponse.Order(o.id(), o.number(), o.traineeHours(), o.amount(), orderInvoiced,
                    o.traineeHours().subtract(orderInvoiced));
        }).toList();
        return new OrderBookResponse(lotCode, lot.minimumOrderHours(), price, ordered, LotPrice.amount(ordered, price),
                invoiced, LotPrice.amount(invoiced, price), validated, LotPrice.amount(validated, price),
                minimum.subtract(ordered).max(BigDecimal.ZERO), ordered.compareTo(minimum) < 0, perOrder);
    }

    private static BigDecimal sum(List<Invoice> invoices, Set<InvoiceStatus> wanted) {
        return invoices.stream().filter(i -> wanted.contains(i.status)).map(i -> i.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
