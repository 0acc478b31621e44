package fr.paysdelaloire.emploiformation.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed and how a receiver checks it, after the Standard Webhooks specification
 * (standardwebhooks.com), so that partners can use its libraries: HMAC-SHA256, keyed with the subscription's
 * secret, over {@code <webhook-id>.<webhook-timestamp>.<body>}; sent as {@code webhook-signature: v1,<base64>}.
 * A receiver refuses a timestamp further than {@link #TOLERANCE} from its clock (replays) and an id it has
 * already processed (retries carry the same id). Plain Java: docs/webhooks.md shows the same steps for partners.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    public static final String SECRET_PREFIX = "whsec_";
    /** The replay window: a receiver refuses a delivery signed further than this from its own clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} value for this delivery. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The header's value: the signature with the secret, then, while a rotation is under way, the one with the
     * previous secret, separated by a space (a receiver accepts a delivery when one of them matches its key).
     */
    public static String signatures(String secret, String previousSecret, String id, long timestamp, String body) {
        String current = sign(secret, id, timestamp, body);
        return previousSecret == null ? current : current + " " + sign(previousSecret, id, timestamp, body);
    }

    /** What a receiver decides about a delivery. */
    public enum Verdict {
        VALID, BAD_SIGNATURE, OUTSIDE_REPLAY_WINDOW, MALFORMED
    }

    /**
     * The receiver's check: the timestamp within {@link #TOLERANCE} of {@code now}, then one of the
     * space-separated {@code v1,} signatures equal (in constant time) to the expected one.
     */
    public static Verdict verify(String secret, String id, String timestamp, String signatures, String body, Instant now) {
        if (id == null || timestamp == null || signatures == null || body == null) {
            return Verdict.MALFORMED;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.OUTSIDE_REPLAY_WINDOW;
        }
        byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return Verdict.VALID;
            }
        }
        return Verdict.BAD_SIGNATURE;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
