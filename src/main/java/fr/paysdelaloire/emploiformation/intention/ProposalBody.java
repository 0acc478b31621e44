package fr.paysdelaloire.emploiformation.intention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidCertificationCode;

/** A training body's proposal for an open need. */
@Schema(name = "NeedProposalRequest", description = "What the training body offers the employer (FAQ §6: it may consult several bodies).")
public record ProposalBody(
        @Schema(description = "The lot through which the body would train: one it works for that covers the need's sector "
                + "and place of work (422 otherwise).", examples = "CONST-44") @NotBlank @Size(max = 32) String lotCode,
        @Schema(description = "The offer, for the employer: training, calendar, how the employer takes part.",
                examples = "Titre professionnel Maçon, 750 h dont 2 immersions dans l'entreprise, démarrage en mars à Angers")
        @NotBlank @Size(max = 2000) String summary,
        @Schema(description = "The certification proposed, if any (RNCP, RNCP block or RS).", examples = "RNCP35185")
        @ValidCertificationCode String certificationCode,
        @Schema(description = "The planned start of the session, if known.", examples = "2027-03-01") LocalDate plannedStartDate) {
}
