package fr.paysdelaloire.emploiformation.security;

import java.time.Duration;
import java.time.Instant;

/** How long a verified bearer token is trusted without being verified again (see {@link VerifiedTokens}). */
final class TokenCacheRules {

    private TokenCacheRules() {
    }

    /** Until the token expires, and never longer than {@code maxAge} from now; a token without expiry is never kept. */
    static Instant trustedUntil(Instant now, Instant expiresAt, Duration maxAge) {
        if (expiresAt == null) {
            return now;
        }
        Instant cap = now.plus(maxAge);
        return expiresAt.isBefore(cap) ? expiresAt : cap;
    }
}
