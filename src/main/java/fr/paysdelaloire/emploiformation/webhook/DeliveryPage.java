package fr.paysdelaloire.emploiformation.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryPage", description = "A subscription's delivery log, newest first.")
public record DeliveryPage(List<DeliveryResponse> items, int page, int size,
        @Schema(description = "The next page, or absent on the last.") String next) {
}
