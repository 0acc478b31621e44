package fr.paysdelaloire.emploiformation.candidate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.intention.ContractType;

@Schema(name = "PathOutcome", description = "What became of the trainee.")
public record PathOutcomeBody(
        @Schema(examples = "HIRED") @NotNull TrainingPath.Outcome outcome,
        @Schema(description = "For HIRED: the contract signed.", examples = "CDI") ContractType contractType,
        @Schema(description = "For HIRED: the contract's start.", examples = "2027-10-01") LocalDate startDate,
        @Schema(description = "For NOT_HIRED: why.", examples = "L'employeur n'a pas donné suite") @Size(max = 1000) String reason,
        @Schema(description = "A partial certification was obtained: an attestation is issued (FAQ §4).") Boolean partialCertification) {
}
