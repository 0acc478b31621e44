package fr.paysdelaloire.emploiformation.candidate;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.intention.ContractType;

/** The request bodies of training paths. */
public final class PathBodies {

    private PathBodies() {
    }

    @Schema(name = "PathRequest", description = "Ties one validated candidate to one hiring intention of the session.")
    public record Create(
            @Schema(examples = "3f2b8c1d-7e6a-4b59-9c1d-2a3b4c5d6e7f") @NotNull UUID candidateId,
            @Schema(description = "Required: a trainee without a hiring intention is not a Region-funded path (FAQ §5).",
                    examples = "0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11") UUID hiringIntentionId) {
    }

    @Schema(name = "PathIntegration", description = "The training body's final validation of the integration (FAQ §5).")
    public record Integrate(
            @Schema(description = "This trainee's hours, if fewer than the session's planned hours (FAQ §7: an individualised "
                    + "path); never more (422): extra hours come from the Region's amendments.", examples = "620")
            @Min(1) @Max(5000) Integer individualHours,
            @Schema(description = "Part-time path, pay prorated (FAQ §5).", examples = "false") Boolean partTime) {
    }

    @Schema(name = "PathDropOut")
    public record DropOut(
            @Schema(examples = "Abandon pour raisons personnelles") @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "PathOutcome", description = "What became of the trainee.")
    public record Outcome(
            @Schema(examples = "HIRED") @NotNull TrainingPath.Outcome outcome,
            @Schema(description = "For HIRED: the contract signed.", examples = "CDI") ContractType contractType,
            @Schema(description = "For HIRED: the contract's start.", examples = "2027-10-01") LocalDate startDate,
            @Schema(description = "For NOT_HIRED: why.", examples = "L'employeur n'a pas donné suite") @Size(max = 1000) String reason,
            @Schema(description = "A partial certification was obtained: an attestation is issued (FAQ §4).") Boolean partialCertification) {
    }
}
