package fr.paysdelaloire.emploiformation.reference;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubcontractorApproval", description = "A mandataire's prior agreement to a subcontractor for its lot (FAQ §2, §9).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubcontractorApprovalResponse(
        UUID id,
        @Schema(examples = "CONSTR-44") String lotCode,
        @Schema(examples = "38012986600030") String siret,
        @Schema(examples = "Compétences Bâtiment") String name,
        @Schema(examples = "52490456749") String nda,
        @Schema(description = "Why no member of the groupement can deliver (§2).") String reason,
        @Schema(description = "LIVE, or WITHDRAWN: the subcontractor's new requests are then stopped, not its sessions "
                + "already authorised.", examples = "LIVE") String status,
        @Schema(examples = "training-body:41229838000012") String approvedBy,
        OffsetDateTime approvedAt,
        @Schema(description = "Absent while live.") OffsetDateTime withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    static SubcontractorApprovalResponse of(SubcontractorApproval a, GroupementDirectory.Body body) {
        return new SubcontractorApprovalResponse(a.id, a.lotCode, a.siret, body == null ? null : body.name(),
                body == null ? null : body.nda(), a.reason, a.live() ? "LIVE" : "WITHDRAWN", a.approvedBy, a.approvedAt,
                a.withdrawnAt, a.withdrawnBy, a.withdrawalReason);
    }

    @Schema(name = "SubcontractorApprovalList")
    public record Page(List<SubcontractorApprovalResponse> items) {
    }
}
