package fr.paysdelaloire.emploiformation.candidate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A validator corrects a candidate's situation (§3, §13). */
@Schema(name = "SituationCorrection", description = "The candidate's situation as it is now: an SIAE employee whose contract "
        + "ended is a job seeker again (§3); an employee who lost their job became one (§13).")
public record SituationBody(
        @Schema(examples = "SIAE_EMPLOYEE_CONTRACT_ENDED") @NotNull Situation situation,
        @Schema(description = "Plans to create their own business (FAQ §5); unchanged when absent.", examples = "false")
        Boolean businessCreationProject,
        @Schema(description = "What changed, without health data; erased with the identity.",
                examples = "Fin du contrat d'insertion le 30 novembre.") @Size(max = 1000) String reason) {

    @Override
    public String toString() {
        return "SituationCorrection[…]";
    }
}
