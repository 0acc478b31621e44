package fr.paysdelaloire.emploiformation.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native queries' rows, as the JDBC driver and Hibernate may hand them over. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column (OffsetDateTime, Instant or Timestamp) as an instant in UTC; null stays null. */
    public static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass().getSimpleName());
    }
}
