package fr.paysdelaloire.emploiformation.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidSiret;

/** Body of {@code POST /lots/{code}/subcontractor-approvals}: the mandataire brings a subcontractor in (FAQ §2, §9). */
@Schema(name = "SubcontractorApprovalRequest", description = "The mandataire's prior agreement to a subcontractor for its lot.")
public record SubcontractorApprovalBody(
        @Schema(description = "SIRET of the subcontractor.", examples = "38012986600030") @NotBlank @ValidSiret String siret,
        @Schema(description = "Its name.", examples = "Compétences Bâtiment") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Its activity declaration number (NDA, 11 digits).", examples = "52490456749")
        @NotBlank @Pattern(regexp = LotBody.NDA, message = LotBody.NDA_MESSAGE) String nda,
        @Schema(description = "Why no member of the groupement can deliver the training itself (FAQ §2: « dans la mesure où "
                + "aucun organisme du groupement n'a la capacité de la proposer lui-même »).",
                examples = "Aucun membre du groupement n'est habilité à préparer le CACES R482 demandé par les employeurs.")
        @NotBlank @Size(max = 2000) String reason) {
}
