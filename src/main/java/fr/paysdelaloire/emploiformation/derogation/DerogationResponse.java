package fr.paysdelaloire.emploiformation.derogation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Derogation")
public record DerogationResponse(UUID id, SubjectType subjectType, UUID subjectId, String rule, String justification,
        DerogationStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt,
        String decisionReason,
        @Schema(description = "The facts of the subject the derogation was asked for and decided on; when they change it "
                + "lapses (status LAPSED).", examples = "{\"contract_type\":\"CDD\",\"duration_months\":\"4\",\"employer_siret\":\"41229838000012\"}")
        Map<String, String> facts,
        @Schema(description = "When the facts changed and the derogation lapsed.") OffsetDateTime lapsedAt,
        @Schema(description = "Why it lapsed.", examples = "L'intention a été corrigée par son expéditeur") String lapseReason) {

    static DerogationResponse of(Derogation d, Map<String, String> facts) {
        return new DerogationResponse(d.id, d.subjectType, d.subjectId, d.rule, d.justification, d.status, d.requestedBy,
                d.requestedAt, d.decidedBy, d.decidedAt, d.decisionReason, facts, d.lapsedAt, d.lapseReason);
    }
}
