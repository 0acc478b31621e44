package fr.paysdelaloire.emploiformation.invoicing;

import fr.paysdelaloire.emploiformation.api.Spreadsheet;

/**
 * A lot's order book as a spreadsheet (issue #23): the lot's figures against the market's minimum (§8), then one line
 * per purchase order, French column names.
 */
final class OrderBookSheet {

    static final String NAME = "carnet-de-commandes";

    private OrderBookSheet() {
    }

    static Spreadsheet of(OrderBookResponse book) {
        Spreadsheet sheet = new Spreadsheet()
                .line("Lot", book.lotCode())
                .line("Minimum du marché (heures-stagiaire)", book.minimumOrderHours())
                .line("Prix de l'heure-stagiaire (€ HT)", book.pricePerTraineeHour())
                .line("Heures commandées", book.orderedHours())
                .line("Montant commandé (€ HT)", book.orderedAmount())
                .line("Heures facturées", book.invoicedHours())
                .line("Montant facturé (€ HT)", book.invoicedAmount())
                .line("Heures validées", book.validatedHours())
                .line("Montant validé (€ HT)", book.validatedAmount())
                .line("Heures à commander pour atteindre le minimum", book.hoursToMinimum())
                .line("Sous le minimum (§8)", book.belowMinimum())
                .blank()
                .line("Bon de commande", "Numéro", "Heures commandées", "Montant (€ HT)", "Heures facturées", "Heures restantes");
        for (OrderBookResponse.Order order : book.purchaseOrders()) {
            sheet.line(order.id(), order.number(), order.orderedHours(), order.amount(), order.invoicedHours(), order.remainingHours());
        }
        return sheet;
    }
}
