package fr.paysdelaloire.emploiformation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    final DeliveryPolicy production = new DeliveryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 18);

    @Test
    void waitsDoubleUpToTheMaximumThenGiveUp() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), production.retryAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(60)), production.retryAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(1920)), production.retryAfter(7));
        assertEquals(Optional.of(Duration.ofHours(1)), production.retryAfter(8));
        assertEquals(Optional.of(Duration.ofHours(1)), production.retryAfter(17));
        assertEquals(Optional.empty(), production.retryAfter(18));
        long total = 0;
        for (int attempt = 1; attempt < 18; attempt++) {
            total += production.retryAfter(attempt).orElseThrow().toSeconds();
        }
        assertEquals(39_810, total, "the last attempt about 11 hours after the first, as WebhookConfig says");
    }

    @Test
    void only2xxIsASuccess() {
        assertTrue(DeliveryPolicy.succeeded(200));
        assertTrue(DeliveryPolicy.succeeded(204));
        assertFalse(DeliveryPolicy.succeeded(301));
        assertFalse(DeliveryPolicy.succeeded(410));
        assertFalse(DeliveryPolicy.succeeded(500));
    }

    @Test
    void refusesAPolicyThatNeverWaitsOrNeverTries() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
