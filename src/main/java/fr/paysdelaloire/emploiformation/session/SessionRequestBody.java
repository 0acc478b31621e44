package fr.paysdelaloire.emploiformation.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.reference.CertificationKind;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.validation.ValidInseeCommune;

/** A session request as a training body sends it (POST and PUT). */
@Schema(name = "SessionRequestBody", description = "A request to open a session (demande de session).")
public record SessionRequestBody(
        @Schema(description = "ONE_JOB_ONE_TRAINING (default), or SOCLE: a Region base-order session, by a region-officer only.")
        SessionKind kind,
        @Schema(examples = "CONSTR-44") @NotBlank @Size(max = 32) String lotCode,
        @Schema(examples = "Maçon - session Nantes printemps 2027") @NotBlank @Size(max = 300) String title,
        @Schema(description = "The sector (filière) the training belongs to; it must be the lot's (FAQ §2).", examples = "CONSTRUCTION")
        @NotNull Sector trainingSector,
        @NotNull @Valid Certification certification,
        @Schema(description = "FORMACODE of the training (5 digits).", examples = "22454")
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a FORMACODE: 5 digits") String formacode,
        @Schema(description = "Planned hours per path (about 750 on average, no maximum, FAQ §7).", examples = "750")
        @NotNull @Min(1) @Max(5000) Integer plannedHours,
        @Schema(examples = "2027-03-01") @NotNull LocalDate startDate,
        @Schema(examples = "2027-09-30") @NotNull LocalDate endDate,
        @Schema(description = "Places of training (another département is possible, FAQ §1).")
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Location> locations,
        @Valid Modalities modalities,
        @Schema(description = "The hiring intentions the session answers.")
        @Size(max = 200) List<@NotNull UUID> hiringIntentionIds,
        @Schema(description = "Places asked for: as many as the positions of the eligible intentions, never more (FAQ §9).", examples = "5")
        @NotNull @Min(0) @Max(500) Integer places,
        @Schema(description = "Under five trainees, with neither an existing group to complete nor permanent entry: the body "
                + "declares that it finds its financial balance, in a short justification the Region reads when instructing "
                + "(FAQ §5: « la Région ne voit pas d'inconvénient à ouvrir une session avec moins de cinq stagiaires, si "
                + "l'organisme de formation y trouve un équilibre financier »). No derogation is asked for.",
                examples = "Groupe de quatre complété par deux stagiaires financés par l'Opco : l'équilibre est atteint.")
        @Size(max = 2000) String financialBalance,
        @Schema(description = "SOCLE only: add the session to this issued purchase order of the same lot, so that it is "
                + "invoiced on the same monthly invoice as the lot's other components (§7); by default it gets its own order.")
        UUID purchaseOrderId) {

    public SessionKind kindOrDefault() {
        return kind == null ? SessionKind.ONE_JOB_ONE_TRAINING : kind;
    }

    public List<UUID> intentionIdsOrEmpty() {
        return hiringIntentionIds == null ? List.of() : hiringIntentionIds;
    }

    public Modalities modalitiesOrDefault() {
        return modalities == null ? new Modalities(false, false, false, false, false) : modalities;
    }

    @Schema(name = "SessionCertification", description = "What the training targets (FAQ §4).")
    public record Certification(
            @Schema(examples = "RNCP") @NotNull CertificationKind kind,
            @Schema(description = "RNCP code (RNCP, PARTIAL), RS code, or block code (SKILLS_BLOCK); none for SKILLS.", examples = "RNCP35185")
            @Size(max = 24) String code) {
    }

    @Schema(name = "TrainingLocation", description = "A place of training, with the address LHEO publishes.")
    public record Location(
            @Schema(examples = "44109") @NotBlank @ValidInseeCommune String communeInsee,
            @Schema(description = "Street address line.", examples = "12 rue de la Formation") @NotBlank @Size(max = 200) String label,
            @Schema(examples = "44000") @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be a postcode: 5 digits") String postcode,
            @Schema(examples = "Nantes") @NotBlank @Size(max = 50) String city) {
    }

    @Schema(name = "SessionModalities", description = "How the session is run (FAQ §1, §5).")
    public record Modalities(
            @Schema(description = "Action de formation en situation de travail (§1).") boolean afest,
            @Schema(description = "Part-time paths (§5).") boolean partTime,
            @Schema(description = "Permanent entry and exit: one trainee with an intention is enough (§5).") boolean permanentEntry,
            @Schema(description = "Completes an existing group (apprentices…): no minimum (§5).") boolean completesExistingGroup,
            @Schema(description = "A preparatory or upgrading phase (§5).") boolean preparatoryPhase) {
    }
}
