package fr.paysdelaloire.emploiformation.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidDepartment;

/** A candidate as a validator registers them: identity fields only, nothing about health. */
@Schema(name = "CandidateRequest")
public record CandidateBody(
        @Schema(description = "France Travail identifier: 7 digits and a digit or letter, optionally 3 more characters.", examples = "1234567A")
        @NotBlank @Pattern(regexp = CandidateBody.FRANCE_TRAVAIL_ID, message = "must be a France Travail identifier, e.g. 1234567A")
        String franceTravailId,
        @Schema(examples = "Camille") @NotBlank @Size(max = 100) String firstName,
        @Schema(examples = "Martin") @NotBlank @Size(max = 100) String lastName,
        @Schema(description = "Département of residence; job seekers from any region are welcome (FAQ §5).", examples = "35")
        @NotBlank @ValidDepartment String department,
        @Schema(examples = "JOB_SEEKER") @NotNull Situation situation,
        @Schema(description = "Plans to create their own business (FAQ §5).", examples = "false") @NotNull Boolean businessCreationProject) {

    static final String FRANCE_TRAVAIL_ID = "[0-9]{7}[0-9A-Z]([0-9A-Z]{3})?";

    @Override
    public String toString() {
        // never the person's identity: toString ends up in logs
        return "CandidateRequest[…]";
    }
}
