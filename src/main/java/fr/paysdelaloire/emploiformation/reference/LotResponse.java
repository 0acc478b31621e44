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
        @Schema(examples = "14.50") BigDecimal pricePerTraineeHour,
        @Schema(examples = "20000") int minimumOrderHours,
        @Schema(examples = "41229838000012") String mandataireSiret,
        @Schema(examples = "Formations Atlantique") String mandataireName,
        @Schema(examples = "52440123444") String mandataireNda,
        List<LotBody.Member> members,
        List<LotBody.Subcontractor> subcontractors,
        List<LotBody.Certification> certifications,
        @Schema(description = "Last change.") OffsetDateTime updatedAt) {

    static LotResponse of(Lot lot) {
        return new LotResponse(lot.code, lot.label, lot.sector, List.copyOf(lot.departments), lot.pricePerTraineeHour,
                lot.minimumOrderHours, lot.mandataire.siret, lot.mandataire.name, lot.mandataire.nda,
                lot.members.stream().filter(m -> m.role == GroupementRole.CO_TRAITANT)
                        .map(m -> new LotBody.Member(m.body.siret, m.body.name, m.body.nda)).toList(),
                lot.members.stream().filter(m -> m.role == GroupementRole.SOUS_TRAITANT)
                        .map(m -> new LotBody.Subcontractor(m.body.siret, m.body.name, m.body.nda, m.approvedByMandataire)).toList(),
                lot.certifications.stream()
                        .map(c -> new LotBody.Certification(c.kind.name(), c.code, c.title, c.mandatory)).toList(),
                lot.updatedAt);
    }
}
