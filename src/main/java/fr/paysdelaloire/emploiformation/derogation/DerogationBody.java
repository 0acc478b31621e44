package fr.paysdelaloire.emploiformation.derogation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DerogationRequest", description = "A training body asks the Region for a derogation to one rule.")
public record DerogationBody(
        @Schema(examples = "HIRING_INTENTION") @NotNull SubjectType subjectType,
        @Schema(examples = "0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11") @NotNull UUID subjectId,
        @Schema(description = "The rule, as its evaluation names it: CONTRACT_TYPE, WEEKLY_HOURS or EMPLOYER_LOCATION for an "
                + "intention; TERRITORY for a session request (a group under five needs none: the body declares its financial balance, §5).", examples = "CONTRACT_TYPE")
        @NotBlank @Size(max = 40) String rule,
        @Schema(examples = "Emploi saisonnier de 4 mois en maraîchage, reconduit chaque année.")
        @NotBlank @Size(max = 2000) String justification) {
}
