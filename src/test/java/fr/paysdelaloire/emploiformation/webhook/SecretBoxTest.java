package fr.paysdelaloire.emploiformation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());
    static final UUID SUBSCRIPTION = UUID.randomUUID();

    @Test
    void aSealedSecretOpensWithItsKeyAndForItsSubscriptionOnly() {
        SecretBox box = new SecretBox(KEY);
        String secret = WebhookSignature.newSecret();
        String sealed = box.seal(secret, SUBSCRIPTION);
        assertTrue(sealed.startsWith("aesgcm2:") && !sealed.contains(secret.substring(6)), sealed);
        assertNotEquals(sealed, box.seal(secret, SUBSCRIPTION), "a fresh IV each time");
        assertEquals(secret, box.open(sealed, SUBSCRIPTION));
        // issue #17 (7): the subscription id is the additional data: a value copied onto another subscription does not open
        assertThrows(IllegalStateException.class, () -> box.open(sealed, UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> new SecretBox(OTHER_KEY).open(sealed, SUBSCRIPTION));
        assertThrows(IllegalStateException.class, () -> new SecretBox(null).open(sealed, SUBSCRIPTION));
        String tampered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        assertThrows(IllegalStateException.class, () -> box.open(tampered, SUBSCRIPTION));
        assertFalse(SecretBox.needsSealing(sealed));
    }

    @Test
    void secretsSealedBeforeTheBindingOrStoredInClearStillReadAndNeedSealing() throws Exception {
        String secret = WebhookSignature.newSecret();
        String unbound = sealedWithoutBinding(secret);
        assertEquals(secret, new SecretBox(KEY).open(unbound, SUBSCRIPTION));
        assertTrue(SecretBox.needsSealing(unbound));
        assertEquals(secret, new SecretBox(KEY).open(secret, SUBSCRIPTION), "stored before the key was set");
        assertTrue(SecretBox.needsSealing(secret));
        assertFalse(SecretBox.needsSealing(null));
    }

    @Test
    void withoutAKeySecretsStayAsTheyAre() {
        String secret = WebhookSignature.newSecret();
        assertEquals(secret, new SecretBox(null).seal(secret, SUBSCRIPTION));
        assertFalse(new SecretBox(" ").sealing());
        assertEquals(secret, new SecretBox(" ").open(secret, SUBSCRIPTION));
        assertEquals(null, new SecretBox(KEY).open(null, SUBSCRIPTION));
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])));
    }

    /** Issue #17 (7): in production (the key required) no key is no start, with a message that says what to set. */
    @Test
    void productionDoesNotStartWithoutAKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecretKeyCheck.refuseWithoutKey(true, false));
        assertTrue(refused.getMessage().contains("EF_WEBHOOKS_SECRET_KEY") && refused.getMessage().contains("openssl rand -base64 32"));
        SecretKeyCheck.refuseWithoutKey(true, true);
        SecretKeyCheck.refuseWithoutKey(false, false);
    }

    /** How secrets were sealed before the binding existed ({@code aesgcm:}, no additional data). */
    static String sealedWithoutBinding(String secret) throws Exception {
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(iv, 12 + sealed.length);
        System.arraycopy(sealed, 0, stored, 12, sealed.length);
        return "aesgcm:" + Base64.getEncoder().encodeToString(stored);
    }
}
