package fr.paysdelaloire.emploiformation.session;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.api.FreeText;

/** The Region's decision on a new calendar: its reason, required to refuse. */
@Schema(name = "CalendarDecision")
public record CalendarDecisionBody(
        @Schema(examples = "Les employeurs engagés confirment le report.") @Size(max = 2000) String reason) {

    String reasonOrNull() {
        return FreeText.orNull(reason);
    }
}
