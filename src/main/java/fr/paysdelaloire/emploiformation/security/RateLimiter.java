package fr.paysdelaloire.emploiformation.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fixed one-minute windows per client id, in memory. Chosen over a PostgreSQL counter so that limiting
 * costs no database round trip on every call; the price is a per-replica budget (see {@link RateLimitConfig}).
 */
@ApplicationScoped
public class RateLimiter {

    static final long WINDOW_SECONDS = 60;

    /** The verdict on one call: allowed or not, and what to advertise. */
    public record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
    }

    private static final class Window {
        long start;
        int count;
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    public boolean enabled() {
        return config.enabled();
    }

    public Decision take(String client, String role) {
        int limit = Math.max(1, config.clients().getOrDefault(client, config.perMinute().getOrDefault(role, 600)) / Math.max(1, config.replicas()));
        long now = clock.millis() / 1000;
        long windowStart = now - now % WINDOW_SECONDS;
        Window window = windows.computeIfAbsent(client, k -> new Window());
        synchronized (window) {
            if (window.start != windowStart) {
                window.start = windowStart;
                window.count = 0;
            }
            long reset = windowStart + WINDOW_SECONDS;
            if (window.count >= limit) {
                return new Decision(false, limit, 0, reset, Math.max(1, reset - now));
            }
            window.count++;
            return new Decision(true, limit, limit - window.count, reset, 0);
        }
    }
}
