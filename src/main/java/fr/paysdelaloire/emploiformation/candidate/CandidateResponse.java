package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.rules.Evaluation;

@Schema(name = "Candidate")
public record CandidateResponse(UUID id, String franceTravailId, String firstName, String lastName, String department,
        Situation situation, boolean businessCreationProject, CandidateStatus status,
        @Schema(description = "The profile rules as last evaluated by a validator.") Evaluation validation,
        @Schema(examples = "validator:france-travail-pdl") String validatedBy, OffsetDateTime validatedAt,
        @Schema(examples = "validator:france-travail-pdl") String createdBy, OffsetDateTime createdAt,
        @Schema(description = "When the retention period ran out: identity fields are then null, the anonymous facts stay.")
        OffsetDateTime erasedAt) {

    @Override
    public String toString() {
        return "CandidateResponse[" + id + "]";
    }
}
