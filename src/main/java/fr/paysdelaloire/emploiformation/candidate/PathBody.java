package fr.paysdelaloire.emploiformation.candidate;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PathRequest", description = "Ties one validated candidate to one hiring intention of the session, or to one "
        + "place of a socle session (no intention).")
public record PathBody(
        @Schema(examples = "3f2b8c1d-7e6a-4b59-9c1d-2a3b4c5d6e7f") @NotNull UUID candidateId,
        @Schema(description = "Required for a session of the scheme: a trainee without a hiring intention is not a "
                + "Region-funded path (FAQ §5). Absent for a socle session, which answers no intention (§10).",
                examples = "0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11") UUID hiringIntentionId) {
}
