package fr.paysdelaloire.emploiformation.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookResponse", description = "A subscription to events.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookResponse(
        UUID id,
        String url,
        List<EventType> eventTypes,
        String description,
        OffsetDateTime createdAt,
        @Schema(description = "Deliveries waiting to be sent or retried.") long pending,
        @Schema(description = "Deliveries given up after every retry (replay them from the delivery log).") long failed,
        @Schema(description = "The key that signs the deliveries (HMAC-SHA256). Shown once, in the answer to the subscription "
                + "or to a rotation; keep it secret.", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2m8xTr7eGjw=")
        String secret,
        @Schema(description = "After a rotation: until when deliveries are also signed with the previous secret.")
        OffsetDateTime previousSecretValidUntil) {
}
