package fr.paysdelaloire.emploiformation.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fixed one-minute windows per client id, counted in PostgreSQL so that every replica draws on the same budget
 * (one atomic upsert per call). Nothing is kept in memory: adding replicas does not multiply a client's limit.
 */
@ApplicationScoped
public class RateLimiter {

    static final long WINDOW_SECONDS = 60;

    private static final String COUNT = "insert into rate_limit_window (client_id, window_start, calls) values (?, ?, 1) "
            + "on conflict (client_id, window_start) do update set calls = rate_limit_window.calls + 1 returning calls";
    private static final String FORGET_EARLIER = "delete from rate_limit_window where client_id = ? and window_start < ?";

    /** The verdict on one call: allowed or not, and what to advertise. */
    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {

        static Decision of(int calls, int limit, long now, long windowStart) {
            long reset = windowStart + WINDOW_SECONDS;
            return calls <= limit
                    ? new Decision(true, limit, limit - calls, reset, 0)
                    : new Decision(false, limit, 0, reset, Math.max(1, reset - now));
        }
    }

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    public boolean enabled() {
        return config.enabled();
    }

    public Decision take(String client, String role) {
        int limit = Math.max(1, config.clients().getOrDefault(client, config.perMinute().getOrDefault(role, 600)));
        long now = clock.millis() / 1000;
        long windowStart = now - now % WINDOW_SECONDS;
        try (Connection connection = dataSource.getConnection()) {
            int calls;
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setString(1, client);
                count.setLong(2, windowStart);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    calls = result.getInt(1);
                }
            }
            if (calls == 1) {
                try (PreparedStatement forget = connection.prepareStatement(FORGET_EARLIER)) {
                    forget.setString(1, client);
                    forget.setLong(2, windowStart);
                    forget.executeUpdate();
                }
            }
            return Decision.of(calls, limit, now, windowStart);
        } catch (SQLException e) {
            throw new IllegalStateException("rate-limit window could not be counted", e);
        }
    }
}
