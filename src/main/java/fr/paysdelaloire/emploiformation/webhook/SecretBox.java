package fr.paysdelaloire.emploiformation.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subscriptions' signing secrets at rest: sealed with AES-256-GCM under a key that only the deployment holds
 * ({@code EF_WEBHOOKS_SECRET_KEY}), so that a copy of the database does not let anyone sign deliveries. Without a
 * key they are stored as they are (dev, tests, or a deployment that has not set one yet); a sealed value is
 * recognised by its prefix, so both kinds can be read while a key is being introduced. Plain Java.
 */
public final class SecretBox {

    static final String PREFIX = "aesgcm:";
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

    public String seal(String secret) {
        if (key == null) {
            return secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret; a sealed value needs the key it was sealed with. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("a webhook secret is sealed but EF_WEBHOOKS_SECRET_KEY is not set");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret could not be opened with EF_WEBHOOKS_SECRET_KEY (another key?)", e);
        }
    }
}
