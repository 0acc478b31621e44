package fr.paysdelaloire.emploiformation.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Finding a candidate by identifier: in a POST body, never in a URL or a query string. */
@Schema(name = "CandidateSearch")
public record CandidateSearchBody(
        @Schema(examples = "1234567A")
        @NotBlank @Pattern(regexp = CandidateBody.FRANCE_TRAVAIL_ID, message = "must be a France Travail identifier, e.g. 1234567A")
        String franceTravailId) {

    @Override
    public String toString() {
        return "CandidateSearch[…]";
    }
}
