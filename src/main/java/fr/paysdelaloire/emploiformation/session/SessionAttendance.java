package fr.paysdelaloire.emploiformation.session;

import java.math.BigDecimal;
import java.util.UUID;

/** Implemented by the capability that records attendance, so that an order's transfers never take attended hours (§7). */
public interface SessionAttendance {

    /** Trainee-hours attended on the session's paths, every month. */
    BigDecimal attended(UUID sessionRequestId);
}
