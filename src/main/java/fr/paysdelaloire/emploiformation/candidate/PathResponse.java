package fr.paysdelaloire.emploiformation.candidate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.api.Representation;

/** A training path as the API shows it: no personal data beyond the candidate's id. */
@Schema(name = "TrainingPath")
public record PathResponse(UUID id, UUID sessionRequestId, UUID hiringIntentionId, UUID candidateId, PathStatus status,
        @Schema(examples = "[\"integrate\", \"drop-out\"]") List<String> allowedTransitions,
        Integer individualHours, boolean partTime, String dropOutReason, TrainingPath.Outcome outcome,
        String outcomeContractType, LocalDate outcomeStartDate, String outcomeReason, boolean partialCertification,
        @Schema(description = "When the employer agreed to the trainee (§5, §6): before the integration, or noted after it; "
                + "absent until then.") OffsetDateTime employerAgreedAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static PathResponse of(TrainingPath p) {
        return new PathResponse(p.id, p.sessionRequestId, p.intentionId, p.candidateId, p.status,
                allowed(p), p.individualHours, p.partTime, p.dropOutReason, p.outcome, p.outcomeContractType, p.outcomeStartDate,
                p.outcomeReason, p.partialCertification, p.employerAgreedAt, p.createdAt, p.updatedAt);
    }

    /** The transitions the body may ask for now; the employer's agreement also after the integration (§5). */
    private static List<String> allowed(TrainingPath p) {
        List<String> allowed = new java.util.ArrayList<>(PathTransition.LIFECYCLE.allowedFrom(p.status).stream()
                .filter(t -> t != PathTransition.COMPLETE).map(PathTransition::path).toList());
        if (PathRules.agreementNotedAfterIntegration(p.status, p.employerAgreedAt != null)) {
            allowed.add(0, PathTransition.EMPLOYER_AGREEMENT.path());
        }
        return allowed;
    }

    /** The path as a write leaves it: where it lives and its representation. */
    static Representation<PathResponse> written(TrainingPath path, boolean created) {
        return new Representation<>(of(path), PathResource.PATH + "/" + path.id, null, created, null);
    }

    @Schema(name = "TrainingPathHistory")
    public record History(List<Change> items) {
    }

    @Schema(name = "TrainingPathChange")
    public record Change(PathStatus from, PathStatus to, String actor, OffsetDateTime at, String reason) {
    }
}
