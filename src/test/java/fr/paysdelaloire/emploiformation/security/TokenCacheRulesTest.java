package fr.paysdelaloire.emploiformation.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokenCacheRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aTokenIsTrustedUntilItExpires() {
        assertEquals(NOW.plusSeconds(60), TokenCacheRules.trustedUntil(NOW, NOW.plusSeconds(60), Duration.ofMinutes(5)));
    }

    @Test
    void neverLongerThanTheMaximumAge() {
        assertEquals(NOW.plus(Duration.ofMinutes(5)), TokenCacheRules.trustedUntil(NOW, NOW.plusSeconds(3600), Duration.ofMinutes(5)));
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotTrustedAtAll() {
        assertEquals(NOW.minusSeconds(1), TokenCacheRules.trustedUntil(NOW, NOW.minusSeconds(1), Duration.ofMinutes(5)));
        assertEquals(NOW, TokenCacheRules.trustedUntil(NOW, null, Duration.ofMinutes(5)));
    }

    @Test
    void theCacheIsAskedOnlyForABearerToken() {
        assertEquals("abc.def.ghi", CachedBearerMechanism.bearerToken("Bearer abc.def.ghi"));
        assertEquals("abc.def.ghi", CachedBearerMechanism.bearerToken("bearer  abc.def.ghi "));
        assertNull(CachedBearerMechanism.bearerToken("Basic dXNlcjpwYXNz"));
        assertNull(CachedBearerMechanism.bearerToken("Bearer "));
        assertNull(CachedBearerMechanism.bearerToken("Bearerabc"));
        assertNull(CachedBearerMechanism.bearerToken(null));
    }
}
