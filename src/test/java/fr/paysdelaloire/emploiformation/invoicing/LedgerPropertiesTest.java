package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import fr.paysdelaloire.emploiformation.reference.LotPrice;
import fr.paysdelaloire.emploiformation.session.OrderedVolume;

/**
 * Issue #20 (5): for any sequence of orders, amendments, transfers, attendance and invoices run through the rules the
 * services apply ({@link OrderedVolume}, {@link InvoicingRules}, {@link LotPrice}), nothing is invoiced beyond what was
 * ordered — on any session or order — and no cent is created or lost.
 */
class LedgerPropertiesTest {

    /** One step of the story: what it does to one of two sessions of a lot. */
    record Step(int kind, int session, int hours) {
    }

    @Provide
    Arbitrary<List<Step>> stories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 400)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void invoicedNeverExceedsOrderedOnAnySessionOrOrder(@ForAll("stories") List<Step> story,
            @ForAll @IntRange(min = 1, max = 8) int places, @ForAll @IntRange(min = 10, max = 900) int plannedHours) {
        // two sessions of one lot, each with its own order; amendments recorded as the orders record them
        List<List<OrderedVolume.Amendment>> amendments = List.of(new ArrayList<>(), new ArrayList<>());
        BigDecimal[] attended = { BigDecimal.ZERO, BigDecimal.ZERO };
        BigDecimal[] invoiced = { BigDecimal.ZERO, BigDecimal.ZERO };
        BigDecimal[] pending = { BigDecimal.ZERO, BigDecimal.ZERO };
        BigDecimal extras = BigDecimal.ZERO;
        for (Step step : story) {
            int s = step.session();
            BigDecimal hours = BigDecimal.valueOf(step.hours());
            BigDecimal ordered = OrderedVolume.of(places, plannedHours, amendments.get(s), false).ordered();
            switch (step.kind()) {
                case 0 -> { // extra hours ordered for the session (§7)
                    amendments.get(s).add(new OrderedVolume.Amendment("EXTRA_HOURS", hours));
                    extras = extras.add(hours);
                }
                case 1 -> { // a transfer to the other session, of hours not attended only (§7)
                    if (ordered.subtract(attended[s]).compareTo(hours) >= 0) {
                        amendments.get(s).add(new OrderedVolume.Amendment("TRANSFER_OUT", hours.negate()));
                        amendments.get(1 - s).add(new OrderedVolume.Amendment("TRANSFER_IN", hours));
                    }
                }
                case 2 -> { // attendance: a fact, recorded whatever the volume
                    attended[s] = attended[s].add(hours);
                    pending[s] = pending[s].add(hours);
                }
                default -> { // the month's invoice, refused when it exceeds what the session has left
                    if (pending[s].signum() > 0
                            && InvoicingRules.excessOverOrder(pending[s], ordered, invoiced[s]).signum() == 0) {
                        invoiced[s] = invoiced[s].add(pending[s]);
                        pending[s] = BigDecimal.ZERO;
                    }
                }
            }
            for (int i = 0; i < 2; i++) {
                BigDecimal volume = OrderedVolume.of(places, plannedHours, amendments.get(i), false).ordered();
                if (invoiced[i].compareTo(volume) > 0) {
                    throw new AssertionError("session " + i + " invoiced " + invoiced[i] + " of " + volume + " ordered");
                }
            }
        }
        // transfers move hours, they create none: the lot holds its initial hours plus the extras
        BigDecimal lot = OrderedVolume.of(places, plannedHours, amendments.get(0), false).ordered()
                .add(OrderedVolume.of(places, plannedHours, amendments.get(1), false).ordered());
        BigDecimal expected = BigDecimal.valueOf(2L * places * plannedHours).add(extras);
        if (lot.compareTo(expected) != 0) {
            throw new AssertionError("the lot holds " + lot + " trainee-hours, " + expected + " were ordered");
        }
    }

    @Property(tries = 500)
    void aTransferOrACreditNoteNeitherCreatesNorLosesACent(@ForAll @IntRange(min = 1, max = 100_000_000) int hundredthsOfHours,
            @ForAll @IntRange(min = 1, max = 10_000) int centsPerHour) {
        BigDecimal hours = BigDecimal.valueOf(hundredthsOfHours, 2);
        BigDecimal price = BigDecimal.valueOf(centsPerHour, 2);
        // what leaves one order (TRANSFER_OUT, a credit note) is exactly what the other side counts
        BigDecimal out = LotPrice.amount(hours.negate(), price);
        BigDecimal in = LotPrice.amount(hours, price);
        if (out.add(in).signum() != 0 || in.scale() != 2) {
            throw new AssertionError(hours + " h at " + price + ": " + in + " in, " + out + " out");
        }
    }
}
