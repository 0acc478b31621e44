package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a purchase order holds for one session, in trainee-hours (§7, §8): its places × planned hours, plus the extra
 * hours ordered for it, plus the hours moved in from other sessions of the lot, less those moved out; nothing once the
 * session or its order is cancelled. Reductions and joinings change the places, so they are in the first term. Plain Java.
 */
public record OrderedVolume(BigDecimal ordered, BigDecimal extraHours, BigDecimal movedIn, BigDecimal movedOut) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Trainee-hours are counted to the hundredth, as orders and attendance store them. */
    public static final OrderedVolume NONE = new OrderedVolume(ZERO, ZERO, ZERO, ZERO);

    /** One amendment of the session, as the volume counts it. */
    public record Amendment(String kind, BigDecimal traineeHours) {
    }

    /** §7, §8: the session's volume from its places, planned hours and amendments; none when cancelled. */
    public static OrderedVolume of(int places, int plannedHours, List<Amendment> amendments, boolean cancelled) {
        if (cancelled) {
            return NONE;
        }
        BigDecimal extra = sum(amendments, "EXTRA_HOURS");
        BigDecimal in = sum(amendments, "TRANSFER_IN");
        BigDecimal out = sum(amendments, "TRANSFER_OUT").negate();
        BigDecimal base = BigDecimal.valueOf((long) places * plannedHours).setScale(2);
        return new OrderedVolume(base.add(extra).add(in).subtract(out), extra, in, out);
    }

    /**
     * §7 (fungibility): hours moved in are the receiving session's to use: any of its paths may attend them, beyond its
     * planned hours, within the session's volume. The pool a path may draw on beyond its own cap: what came in, less what
     * went out.
     */
    public BigDecimal sharedPool() {
        return movedIn.subtract(movedOut).max(ZERO);
    }

    private static BigDecimal sum(List<Amendment> amendments, String kind) {
        return amendments.stream().filter(a -> kind.equals(a.kind())).map(Amendment::traineeHours).reduce(ZERO, BigDecimal::add);
    }
}
