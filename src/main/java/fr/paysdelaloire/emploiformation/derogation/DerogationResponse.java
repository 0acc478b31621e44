package fr.paysdelaloire.emploiformation.derogation;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Derogation")
public record DerogationResponse(UUID id, SubjectType subjectType, UUID subjectId, String rule, String justification,
        DerogationStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt,
        String decisionReason) {

    static DerogationResponse of(Derogation d) {
        return new DerogationResponse(d.id, d.subjectType, d.subjectId, d.rule, d.justification, d.status, d.requestedBy,
                d.requestedAt, d.decidedBy, d.decidedAt, d.decisionReason);
    }
}
