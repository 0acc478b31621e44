package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidateHistory", description = "The corrections of a candidate's situation, oldest first (§3, §13).")
public record CandidateHistoryResponse(UUID candidateId, List<Change> items) {

    @Schema(name = "CandidateSituationChange")
    public record Change(
            @Schema(examples = "SIAE_EMPLOYEE") Situation fromSituation,
            @Schema(examples = "SIAE_EMPLOYEE_CONTRACT_ENDED") Situation toSituation,
            boolean fromBusinessCreationProject,
            boolean toBusinessCreationProject,
            @Schema(examples = "REFUSED") CandidateStatus fromStatus,
            @Schema(description = "Evaluated again when the candidate was already validated or refused.", examples = "VALIDATED")
            CandidateStatus toStatus,
            @Schema(description = "Erased with the identity when the retention period ends.") String reason,
            @Schema(examples = "validator:mission-locale-nantes") String actor,
            OffsetDateTime at) {
    }
}
