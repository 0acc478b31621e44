package fr.paysdelaloire.emploiformation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void aSealedSecretOpensWithItsKeyOnly() {
        SecretBox box = new SecretBox(KEY);
        String secret = WebhookSignature.newSecret();
        String sealed = box.seal(secret);
        assertTrue(sealed.startsWith("aesgcm:") && !sealed.contains(secret.substring(6)), sealed);
        assertNotEquals(sealed, box.seal(secret), "a fresh IV each time");
        assertEquals(secret, box.open(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretBox(OTHER_KEY).open(sealed));
        assertThrows(IllegalStateException.class, () -> new SecretBox(null).open(sealed));
        String tampered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        assertThrows(IllegalStateException.class, () -> box.open(tampered));
    }

    @Test
    void withoutAKeySecretsStayAsTheyAreAndPlainOnesAlwaysRead() {
        String secret = WebhookSignature.newSecret();
        assertEquals(secret, new SecretBox(null).seal(secret));
        assertEquals(secret, new SecretBox(" ").open(secret));
        assertEquals(secret, new SecretBox(KEY).open(secret), "stored before the key was set");
        assertEquals(null, new SecretBox(KEY).open(null));
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
