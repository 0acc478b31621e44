package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lot as the API shows it: the fields of {@link LotBody}, plus its code and last change. */
@Schema(name = "Lot")
public record LotResponse(
        @Schema(examples = "CONSTR-44") String code,
        @Schema(examples = "Construction - Loire-Atlantique") String label,
        @Schema(examples = "CONSTRUCTION") Sector sector,
        @Schema(examples = "[\"44\"]") List<String> departments,
        @Schema(description = "Why the Region lets the lot reach beyond its five départements (FAQ §1); absent for a lot "
                + "inside it.") String beyondRegion,
        @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(examples = "20000") int minimumOrderHours,
        @Schema(examples = "41229838000012") String mandataireSiret,
        @Schema(examples = "Formations Atlantique") String mandataireName,
        @Schema(examples = "52440123444") String mandataireNda,
        List<LotBody.Member> members,
        @Schema(description = "The sous-traitants: those the Region listed, and those the mandataire approved itself "
                + "(`/subcontractor-approvals`); `approved_by_mandataire` is the mandataire's last decision where it made one "
                + "(FAQ §9), else the Region's record.") List<LotBody.Subcontractor> subcontractors,
        List<LotBody.Certification> certifications,
        @Schema(description = "Last change.") OffsetDateTime updatedAt) {

    /** With the mandataire's decisions on subcontractors ({@code approvals}, oldest first) and the bodies they name. */
    static LotResponse of(Lot lot, List<SubcontractorApproval> approvals, java.util.Map<String, GroupementDirectory.Body> bodies) {
        java.util.Map<String, List<SubcontractingRules.Decision>> decisions = SubcontractorApproval.bySiret(approvals);
        List<LotBody.Subcontractor> subcontractors = new java.util.ArrayList<>();
        lot.members.stream().filter(m -> m.role == GroupementRole.SOUS_TRAITANT).forEach(m -> {
            GroupementDirectory.Member effective = SubcontractingRules.subcontractor(
                    new GroupementDirectory.Member(m.role, m.approvedByMandataire), decisions.getOrDefault(m.body.siret, List.of()));
            subcontractors.add(new LotBody.Subcontractor(m.body.siret, m.body.name, m.body.nda, effective.approvedByMandataire()));
        });
        decisions.forEach((siret, made) -> {
            boolean listed = lot.members.stream().anyMatch(m -> m.body.siret.equals(siret));
            GroupementDirectory.Body body = bodies.get(siret);
            if (!listed && body != null) {
                subcontractors.add(new LotBody.Subcontractor(siret, body.name(), body.nda(),
                        SubcontractingRules.subcontractor(null, made).approvedByMandataire()));
            }
        });
        return new LotResponse(lot.code, lot.label, lot.sector, List.copyOf(lot.departments), lot.beyondRegion, lot.pricePerTraineeHour,
                lot.minimumOrderHours, lot.mandataire.siret, lot.mandataire.name, lot.mandataire.nda,
                lot.members.stream().filter(m -> m.role == GroupementRole.CO_TRAITANT)
                        .map(m -> new LotBody.Member(m.body.siret, m.body.name, m.body.nda)).toList(),
                List.copyOf(subcontractors),
                lot.certifications.stream()
                        .map(c -> new LotBody.Certification(c.kind.name(), c.code, c.title, c.mandatory)).toList(),
                lot.updatedAt);
    }
}
