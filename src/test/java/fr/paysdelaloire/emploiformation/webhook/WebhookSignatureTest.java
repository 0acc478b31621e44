package fr.paysdelaloire.emploiformation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsLikeTheStandardWebhooksReferenceVector() {
        // the example of the Standard Webhooks specification: any of its libraries verifies what we send
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void aSignedDeliveryVerifiesWithinTheReplayWindow() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        Instant now = Instant.ofEpochSecond(TIMESTAMP).plusSeconds(299);
        assertEquals(WebhookSignature.Verdict.VALID, WebhookSignature.verify(SECRET, ID, Long.toString(TIMESTAMP), signature, BODY, now));
        // a rotated secret's signature beside ours: one match is enough
        assertEquals(WebhookSignature.Verdict.VALID,
                WebhookSignature.verify(SECRET, ID, Long.toString(TIMESTAMP), "v1,bm90LXRoaXMtb25l " + signature, BODY, now));
    }

    @Test
    void aTamperedBodyIdOrTimestampFails() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        Instant now = Instant.ofEpochSecond(TIMESTAMP);
        String stamp = Long.toString(TIMESTAMP);
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE,
                WebhookSignature.verify(SECRET, ID, stamp, signature, "{\"test\": 2432232315}", now));
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE, WebhookSignature.verify(SECRET, ID + "x", stamp, signature, BODY, now));
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE,
                WebhookSignature.verify(SECRET, ID, Long.toString(TIMESTAMP + 1), signature, BODY, now));
        assertEquals(WebhookSignature.Verdict.BAD_SIGNATURE,
                WebhookSignature.verify(WebhookSignature.newSecret(), ID, stamp, signature, BODY, now));
    }

    @Test
    void duringARotationBothSecretsSign() {
        String previous = WebhookSignature.newSecret();
        String both = WebhookSignature.signatures(SECRET, previous, ID, TIMESTAMP, BODY);
        assertEquals(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY) + " " + WebhookSignature.sign(previous, ID, TIMESTAMP, BODY), both);
        assertEquals(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY), WebhookSignature.signatures(SECRET, null, ID, TIMESTAMP, BODY));
    }

    @Test
    void anOldOrFutureTimestampIsAReplay() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        String stamp = Long.toString(TIMESTAMP);
        assertEquals(WebhookSignature.Verdict.OUTSIDE_REPLAY_WINDOW,
                WebhookSignature.verify(SECRET, ID, stamp, signature, BODY, Instant.ofEpochSecond(TIMESTAMP + 301)));
        assertEquals(WebhookSignature.Verdict.OUTSIDE_REPLAY_WINDOW,
                WebhookSignature.verify(SECRET, ID, stamp, signature, BODY, Instant.ofEpochSecond(TIMESTAMP - 301)));
        assertEquals(WebhookSignature.Verdict.MALFORMED,
                WebhookSignature.verify(SECRET, ID, "yesterday", signature, BODY, Instant.ofEpochSecond(TIMESTAMP)));
        assertEquals(WebhookSignature.Verdict.MALFORMED, WebhookSignature.verify(SECRET, ID, stamp, null, BODY, Instant.now()));
    }

    @Test
    void everySecretIsNew() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_") && one.length() == 50, one);
        assertNotEquals(one, WebhookSignature.newSecret());
    }
}
