package fr.paysdelaloire.emploiformation.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryResponse", description = "One event sent to one subscription, with its attempts.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(
        UUID id,
        @Schema(description = "PENDING (waiting or between retries), DELIVERED (the receiver answered 2xx), FAILED (given up "
                + "after every retry), CANCELLED (the subscription was deleted).", examples = "DELIVERED")
        String status,
        @Schema(description = "Attempts so far.") int attempts,
        @Schema(description = "The receiver's last HTTP status, if it answered.") Integer lastStatusCode,
        String lastError,
        @Schema(description = "When the next attempt is due (PENDING only).") OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt,
        @Schema(description = "The event, exactly as sent.") Outbox.EventBody event,
        @Schema(description = "Each attempt, oldest first (on GET of one delivery).") List<Attempt> attemptLog) {

    public record Attempt(OffsetDateTime at, Integer statusCode, String error, int durationMs) {
    }
}
