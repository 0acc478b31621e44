package fr.paysdelaloire.emploiformation.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "A subscription: where to deliver, and which events.")
public record WebhookBody(
        @Schema(description = "The receiver: https, on a public host.", examples = "https://api.nosemplois.fr/webhooks/emploi-formation")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The events wanted; you receive those about objects you may read.",
                examples = "[\"INTENTION_ELIGIBILITY_DECIDED\",\"INTENTION_COVERED\",\"INTENTION_FULFILLED\",\"INTENTION_WITHDRAWN\"]")
        @NotEmpty @Size(max = 20) List<@NotNull EventType> eventTypes,
        @Schema(description = "Your own label for it.", examples = "Production")
        @Size(max = 200) String description) {
}
