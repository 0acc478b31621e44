package fr.paysdelaloire.emploiformation.candidate;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidSiret;

@Schema(name = "ReferralRequest", description = "Where a validator refers a validated candidate (*orientation*, FAQ §5): to a "
        + "training body (any of its sessions), or to one authorised or started session. Exactly one of the two.")
public record ReferralBody(
        @Schema(description = "The training body referred to.", examples = "73866205898790") @ValidSiret String trainingBodySiret,
        @Schema(description = "The session referred to (authorised or started, as published).",
                examples = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID sessionRequestId) {
}
