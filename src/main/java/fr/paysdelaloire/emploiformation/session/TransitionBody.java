package fr.paysdelaloire.emploiformation.session;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.api.FreeText;

/** Body of a transition; the reason is required for request-information, authorise and reject. */
@Schema(name = "Transition")
public record TransitionBody(
        @Schema(examples = "Merci de préciser le calendrier des immersions en entreprise.") @Size(max = 2000) String reason,
        @Schema(description = "authorise only: add the session to this existing purchase order of the same lot (a "
                + "complementary order, FAQ §5, §7) instead of issuing a new one.") java.util.UUID purchaseOrderId,
        @Schema(description = "start only: when the group counts under five trainees (after withdrawals, say) with no "
                + "exception, the body's declaration that it finds its financial balance (FAQ §5); kept on the request.",
                examples = "Quatre stagiaires : l'équilibre est trouvé avec les heures en entreprise.")
        @Size(max = 2000) String financialBalance) {

    /** The reason stripped, or null when absent or blank. */
    String reasonOrNull() {
        return FreeText.orNull(reason);
    }
}
