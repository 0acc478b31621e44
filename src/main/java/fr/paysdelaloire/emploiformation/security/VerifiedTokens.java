package fr.paysdelaloire.emploiformation.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens already verified, and the identity their verification gave, each until the token expires but never
 * longer than {@code ef.security.token-cache.max-age} (issue #22, P1: checking the RS256 signature and parsing the
 * token were a quarter of the intake's CPU samples, JFR, for a token a partner sends for minutes). Kept by the
 * SHA-256 of the token, never the token itself: only the exact token that was verified finds its entry, and an
 * expired one is verified again (and refused) like any other. Bounded: past {@code max-entries}, expired entries go
 * first, then the whole cache.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Whether the cache is on (on by default). */
    @ConfigProperty(name = "ef.security.token-cache.enabled", defaultValue = "true")
    boolean enabled;

    /** The longest a verification is trusted, however long the token lives: a key the provider revokes stops in this time. */
    @ConfigProperty(name = "ef.security.token-cache.max-age", defaultValue = "PT5M")
    Duration maxAge;

    @ConfigProperty(name = "ef.security.token-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    @Inject
    Clock clock;

    private record Entry(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();

    /** The identity the verification of this very token gave, while it may still be trusted. */
    public Optional<SecurityIdentity> find(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        String key = key(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(entry.identity());
    }

    /** How many requests were answered from the cache since the start (a test reads it). */
    public long hits() {
        return hits.get();
    }

    /** Keeps a verified token's identity until {@code expiresAt} (the token's {@code exp}), at most {@code max-age}. */
    public void keep(String token, SecurityIdentity identity, Instant expiresAt) {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        Instant until = TokenCacheRules.trustedUntil(now, expiresAt, maxAge);
        if (!now.isBefore(until)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(token), new Entry(identity, until));
    }

    /** One digest per thread: looking the algorithm up among the security providers at every request costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String key(String token) {
        return Base64.getEncoder().encodeToString(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
