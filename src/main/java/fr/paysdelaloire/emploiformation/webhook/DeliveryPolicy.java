package fr.paysdelaloire.emploiformation.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code initial}, doubling at each attempt up to {@code max},
 * and given up after {@code maxAttempts} attempts (the delivery is then FAILED; its owner can replay it).
 * A receiver's 2xx is a success; anything else — another status, a timeout, a refused connection — a failure.
 */
public record DeliveryPolicy(Duration initial, Duration max, int maxAttempts) {

    public DeliveryPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("initial > 0, max >= initial, maxAttempts >= 1");
        }
    }

    /** The wait before the next attempt, once {@code attempts} attempts have failed; empty when we give up. */
    public java.util.Optional<Duration> retryAfter(int attempts) {
        if (attempts >= maxAttempts) {
            return java.util.Optional.empty();
        }
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return java.util.Optional.of(delay.compareTo(max) > 0 ? max : delay);
    }

    public static boolean succeeded(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }
}
