package fr.paysdelaloire.emploiformation.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** §7, §8: what an order holds for one session (issue #20). */
class OrderedVolumeTest {

    static OrderedVolume.Amendment a(String kind, String hours) {
        return new OrderedVolume.Amendment(kind, new BigDecimal(hours));
    }

    @Test
    void placesTimesPlannedHoursPlusExtraHoursAndTransfers() {
        // 4 places × 100 h = 400; +60 extra; +50 moved in; −30 moved out → 480
        OrderedVolume volume = OrderedVolume.of(4, 100, List.of(a("EXTRA_HOURS", "60"), a("TRANSFER_IN", "50"),
                a("TRANSFER_OUT", "-30"), a("REDUCTION", "-100"), a("JOINING", "100")), false);
        assertEquals(new BigDecimal("480.00"), volume.ordered());
        assertEquals(new BigDecimal("60.00"), volume.extraHours());
        assertEquals(new BigDecimal("50.00"), volume.movedIn());
        assertEquals(new BigDecimal("30.00"), volume.movedOut());
        assertEquals(new BigDecimal("20.00"), volume.sharedPool(), "what came in less what went out, for the session's paths");
    }

    @Test
    void reductionsAndJoiningsAreInThePlacesAndACancelledSessionHoldsNothing() {
        assertEquals(new BigDecimal("300.00"), OrderedVolume.of(3, 100, List.of(a("REDUCTION", "-100")), false).ordered());
        assertEquals(new BigDecimal("0.00"), OrderedVolume.of(3, 100, List.of(a("EXTRA_HOURS", "60")), true).ordered());
    }

    @Test
    void aGivingSessionSharesNothing() {
        assertEquals(new BigDecimal("0.00"), OrderedVolume.of(5, 100, List.of(a("TRANSFER_OUT", "-200")), false).sharedPool());
        assertEquals(new BigDecimal("300.00"), OrderedVolume.of(5, 100, List.of(a("TRANSFER_OUT", "-200")), false).ordered());
    }
}
