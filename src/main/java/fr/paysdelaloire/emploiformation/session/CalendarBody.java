package fr.paysdelaloire.emploiformation.session;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new calendar the training body proposes for an authorised session not yet started (§6). */
@Schema(name = "CalendarProposal", description = "New dates for an authorised session, agreed with every engaged employer (§6).")
public record CalendarBody(
        @Schema(examples = "2027-04-05") @NotNull LocalDate startDate,
        @Schema(examples = "2027-10-29") @NotNull LocalDate endDate,
        @Schema(description = "The body states that every employer engaged on the session agreed to the new calendar (§6: "
                + "« en lien avec les autres employeurs engagés sur la même session »). Required, and must be true.",
                examples = "true") @NotNull Boolean employersAgreed,
        @Schema(examples = "Recrutement à compléter : les employeurs ont accepté un démarrage en avril.") @Size(max = 2000) String reason) {
}
