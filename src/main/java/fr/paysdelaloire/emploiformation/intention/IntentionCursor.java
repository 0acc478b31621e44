package fr.paysdelaloire.emploiformation.intention;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the intention list ends: the last intention's creation time and id, the list's order (issue #22,
 * P3). The next page starts after it, so every page costs the same however deep it is, and an intention recorded
 * meanwhile never shifts a page (an offset would show one twice or skip one). Opaque to partners: base64url of
 * {@code i1:<epoch microseconds>:<id>}.
 */
public record IntentionCursor(OffsetDateTime createdAt, UUID id) {

    private static final String PREFIX = "i1:";

    /** The cursor after this intention. */
    public static IntentionCursor after(HiringIntention intention) {
        return new IntentionCursor(intention.createdAt, intention.id);
    }

    public String encode() {
        Instant at = createdAt.toInstant();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor this list gave, or empty for anything else. */
    public static Optional<IntentionCursor> decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = decoded.substring(PREFIX.length()).split(":", 2);
            if (parts.length != 2) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
            return Optional.of(new IntentionCursor(at.atOffset(ZoneOffset.UTC), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
