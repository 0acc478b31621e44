package fr.paysdelaloire.emploiformation.intention;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The employer's choice among the proposals, as its sender records it. */
@Schema(name = "NeedTakeUpRequest", description = "The employer chose this proposal (FAQ §6: it commits to one body).")
public record TakeUpBody(
        @Schema(description = "The proposal the employer chose.", examples = "7d1f0c52-3a0e-4b8e-9a57-1f0b9e0f2a31")
        @NotNull UUID proposalId,
        @Schema(description = "The employer's written commitment to the chosen body (§6), as on any intention; it replaces "
                + "the proof sent with the need. Without any, the intention is recorded but not eligible (WRITTEN_PROOF) "
                + "until its sender corrects it.")
        @Valid IntentionBody.Proof proof) {
}
