package fr.paysdelaloire.emploiformation.intention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal as the API shows it. */
@Schema(name = "NeedProposal")
public record ProposalResponse(
        @Schema(examples = "7d1f0c52-3a0e-4b8e-9a57-1f0b9e0f2a31") UUID id,
        @Schema(description = "The open need it answers.") UUID needId,
        @Schema(examples = "73866205898790") String trainingBodySiret,
        @Schema(examples = "Formations Atlantique") String trainingBodyName,
        @Schema(examples = "CONST-49") String lotCode,
        String summary,
        @Schema(examples = "RNCP35185") String certificationCode,
        LocalDate plannedStartDate,
        NeedProposal.Status status,
        OffsetDateTime createdAt,
        @Schema(description = "When the employer's choice was recorded.") OffsetDateTime decidedAt) {

    static ProposalResponse of(NeedProposal p, String bodyName) {
        return new ProposalResponse(p.id, p.intentionId, p.trainingBodySiret, bodyName, p.lotCode, p.summary, p.certificationCode,
                p.plannedStartDate, p.status, p.createdAt, p.decidedAt);
    }
}
