package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IntentionCursorTest {

    @Test
    void aCursorGivesBackTheInstantToTheMicrosecondAndTheId() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-30T13:45:12.123456+01:00");
        UUID id = UUID.randomUUID();
        IntentionCursor decoded = IntentionCursor.decode(new IntentionCursor(at, id).encode()).orElseThrow();
        assertEquals(at.toInstant(), decoded.createdAt().toInstant());
        assertEquals(id, decoded.id());
    }

    @Test
    void beforeTheEpochToo() {
        OffsetDateTime at = OffsetDateTime.parse("1969-12-31T23:59:59.999999Z");
        assertEquals(at.toInstant(), IntentionCursor.decode(new IntentionCursor(at, UUID.randomUUID()).encode()).orElseThrow()
                .createdAt().toInstant());
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : new String[] { "", "nope", "%%%", "YzE6NDI" /* the feed's */, b64("i1:"), b64("i1:12"),
                b64("i1:x:" + UUID.randomUUID()), b64("i1:12:not-a-uuid"), b64("i2:12:" + UUID.randomUUID()),
                b64("i1:99999999999999999999:" + UUID.randomUUID()) }) {
            assertEquals(Optional.empty(), IntentionCursor.decode(text), text);
        }
    }

    @Test
    void itIsUrlSafe() {
        String cursor = new IntentionCursor(OffsetDateTime.now(), UUID.randomUUID()).encode();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
