package fr.paysdelaloire.emploiformation.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subscriptions' signing secrets at rest: sealed with AES-256-GCM under a key that only the deployment holds
 * ({@code EF_WEBHOOKS_SECRET_KEY}), so that a copy of the database does not let anyone sign deliveries; the subscription's
 * id is the cipher's additional authenticated data, so that a sealed value moved onto another subscription does not open.
 * A sealed value is recognised by its prefix: {@code aesgcm2:} (bound to its subscription), {@code aesgcm:} (sealed
 * before the binding, still read) or none (stored in clear before a key existed, still read): {@link SecretSealer}
 * seals those two kinds again at start-up. In production a key is required ({@link SecretKeyCheck}); dev and tests may
 * run without. Plain Java.
 */
public final class SecretBox {

    static final String PREFIX = "aesgcm2:";
    static final String UNBOUND_PREFIX = "aesgcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param base64Key 32 bytes in base64, or null to store secrets as they are */
    public SecretBox(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            key = null;
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("EF_WEBHOOKS_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    /** Whether secrets are sealed (a key is set). */
    public boolean sealing() {
        return key != null;
    }

    /** The secret of subscription {@code subscription}, sealed and bound to it; as it is without a key. */
    public String seal(String secret, UUID subscription) {
        if (key == null) {
            return secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(subscription));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret of subscription {@code subscription}; a sealed value needs the key and the subscription it was sealed for. */
    public String open(String stored, UUID subscription) {
        if (stored == null || !(stored.startsWith(PREFIX) || stored.startsWith(UNBOUND_PREFIX))) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("a webhook secret is sealed but EF_WEBHOOKS_SECRET_KEY is not set");
        }
        boolean bound = stored.startsWith(PREFIX);
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(bound ? PREFIX.length() : UNBOUND_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            if (bound) {
                cipher.updateAAD(aad(subscription));
            }
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret could not be opened with EF_WEBHOOKS_SECRET_KEY for its subscription "
                    + "(another key, or a value that belongs to another subscription)", e);
        }
    }

    /** Whether a stored value is not yet sealed and bound to its subscription (in clear, or sealed without the binding). */
    public static boolean needsSealing(String stored) {
        return stored != null && !stored.startsWith(PREFIX);
    }

    private static byte[] aad(UUID subscription) {
        return ("webhook-subscription:" + subscription).getBytes(StandardCharsets.UTF_8);
    }
}
