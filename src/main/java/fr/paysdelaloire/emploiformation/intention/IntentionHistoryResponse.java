package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every status change of a hiring intention. */
@Schema(name = "HiringIntentionHistory")
public record IntentionHistoryResponse(List<Change> items) {

    @Schema(name = "HiringIntentionStatusChange")
    public record Change(
            @Schema(description = "Previous status; absent for the first evaluation.") IntentionStatus from,
            IntentionStatus to,
            @Schema(description = "Who made the change, as role:organisation.", examples = "training-body:73866205898790") String actor,
            OffsetDateTime at,
            @Schema(examples = "L'employeur a pourvu le poste par un autre moyen.") String reason) {
    }
}
