package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidSiret;

/** Body of {@code PUT /lots/{code}}: the whole lot, created or replaced. */
@Schema(name = "LotRequest", description = "A lot of the VISA Métiers market and its groupement, as the Region records it.")
public record LotBody(
        @Schema(description = "Name of the lot.", examples = "Construction - Loire-Atlantique")
        @NotBlank @Size(max = 200) String label,

        @Schema(description = "Sector code, see GET /sectors.", examples = "CONSTRUCTION")
        @NotBlank String sector,

        @Schema(description = "The départements the lot covers: some of the Region's five (44, 49, 53, 72, 85), or [\"REGION\"] "
                + "for all of them; and, for a lot whose reach goes beyond the Region (FAQ §1: « des dérogations peuvent être "
                + "étudiées, pour les lots dont la portée dépasse le niveau régional »), départements outside it (INSEE codes, "
                + "e.g. 35), with the Region's reason in `beyond_region`.", examples = "[\"44\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank String> departments,

        @Schema(description = "Why the Region lets this lot reach beyond its five départements (FAQ §1): required when "
                + "`departments` lists one outside the Region, refused otherwise. Training there is then inside the lot's "
                + "territory; an employer outside the Region still goes through the derogation of its own intention (§1).",
                examples = "Bassin d'emploi de Redon : le lot couvre aussi l'Ille-et-Vilaine (décision du 12/01/2027)")
        @Size(max = 2000) String beyondRegion,

        @Schema(description = "Price per trainee-hour (prix de l'heure-stagiaire) in euros, for every session of the lot (FAQ §8).", examples = "14.50")
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("999999.99") @Digits(integer = 6, fraction = 2) BigDecimal pricePerTraineeHour,

        @Schema(description = "Minimum order volume of the market, in trainee-hours (FAQ §8).", examples = "20000")
        @NotNull @PositiveOrZero @Max(100_000_000) Integer minimumOrderHours,

        @Schema(description = "SIRET of the groupement's mandataire, who receives the purchase orders (FAQ §9).", examples = "41229838000012")
        @NotBlank @ValidSiret String mandataireSiret,

        @Schema(description = "Name of the mandataire.", examples = "Formations Atlantique")
        @NotBlank @Size(max = 200) String mandataireName,

        @Schema(description = "The mandataire's activity declaration number (NDA, 11 digits).", examples = "52440123444")
        @NotBlank @Pattern(regexp = NDA, message = NDA_MESSAGE) String mandataireNda,

        @Schema(description = "Co-traitants of the groupement.")
        @Size(max = 50) List<@NotNull @Valid Member> members,

        @Schema(description = "Sous-traitants brought in by the mandataire (FAQ §2, §9).")
        @Size(max = 50) List<@NotNull @Valid Subcontractor> subcontractors,

        @Schema(description = "Certifications the Region identified for the lot (FAQ §4).")
        @Size(max = 200) List<@NotNull @Valid Certification> certifications) {

    /** Numéro de déclaration d'activité of a training body: 11 digits. */
    static final String NDA = "[0-9]{11}";
    static final String NDA_MESSAGE = "must be an activity declaration number (NDA): 11 digits";

    public List<Member> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    public List<Subcontractor> subcontractorsOrEmpty() {
        return subcontractors == null ? List.of() : subcontractors;
    }

    public List<Certification> certificationsOrEmpty() {
        return certifications == null ? List.of() : certifications;
    }

    @Schema(name = "LotMember", description = "A co-traitant of the groupement.")
    public record Member(
            @Schema(examples = "79480434700027") @NotBlank @ValidSiret String siret,
            @Schema(examples = "Atelier Bois Formation") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Activity declaration number (NDA).", examples = "52440987644")
            @NotBlank @Pattern(regexp = NDA, message = NDA_MESSAGE) String nda) {
    }

    @Schema(name = "LotSubcontractor", description = "A sous-traitant; it may submit session requests once the mandataire approved it (FAQ §2, §9).")
    public record Subcontractor(
            @Schema(examples = "38012986600030") @NotBlank @ValidSiret String siret,
            @Schema(examples = "Compétences Bâtiment") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Activity declaration number (NDA).", examples = "52490456749")
            @NotBlank @Pattern(regexp = NDA, message = NDA_MESSAGE) String nda,
            @Schema(description = "The mandataire's prior agreement (FAQ §2). In a lot written by the Region: its record of an "
                    + "agreement the mandataire gave outside the API. The mandataire's own decisions "
                    + "(`/api/v1/lots/{code}/subcontractor-approvals`, §9) prevail; a lot read shows the decision in force.")
            @NotNull Boolean approvedByMandataire) {
    }

    @Schema(name = "LotCertification", description = "A certification identified for the lot.")
    public record Certification(
            @Schema(description = "Register: RNCP, RS, or SKILLS_BLOCK (a block of an RNCP certification).", examples = "RNCP")
            @NotBlank @Pattern(regexp = "RNCP|RS|SKILLS_BLOCK", message = "must be RNCP, RS or SKILLS_BLOCK") String kind,
            @Schema(examples = "RNCP35185") @NotBlank String code,
            @Schema(examples = "Maçon") @NotBlank @Size(max = 300) String title,
            @Schema(description = "Must be offered when an employer asks for it (FAQ §4).") @NotNull Boolean mandatory) {
    }
}
