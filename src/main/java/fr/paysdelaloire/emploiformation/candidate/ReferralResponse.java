package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Referral", description = "A validator's referral of a candidate (*orientation*, FAQ §5). While OPEN, the body "
        + "referred to (for a session: the bodies running it) reads the candidate and positions them — on that session when "
        + "one is named. USED once a path is made from it, CLOSED when the candidate is placed elsewhere, WITHDRAWN by its "
        + "validator, EXPIRED (never stored: an OPEN one past `expires_at`).")
public record ReferralResponse(
        UUID id,
        UUID candidateId,
        @Schema(examples = "validator:france-travail-pdl") String validator,
        @Schema(examples = "73866205898790") String trainingBodySiret,
        UUID sessionRequestId,
        @Schema(enumeration = { "OPEN", "USED", "CLOSED", "WITHDRAWN", "EXPIRED" }, examples = "OPEN") String status,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        @Schema(description = "The path made from it.") UUID pathId,
        OffsetDateTime closedAt) {

    static ReferralResponse of(Referral r, OffsetDateTime now) {
        String status = r.status == Referral.Status.OPEN && !r.expiresAt.isAfter(now) ? "EXPIRED" : r.status.name();
        return new ReferralResponse(r.id, r.candidateId, r.validator, r.trainingBodySiret, r.sessionRequestId, status, r.createdAt,
                r.expiresAt, r.pathId, r.closedAt);
    }

    @Schema(name = "ReferralPage")
    public record Page(List<ReferralResponse> items, @Schema(examples = "0") int page, @Schema(examples = "20") int size,
            @Schema(description = "The next page, if there is one.") String next) {
    }
}
