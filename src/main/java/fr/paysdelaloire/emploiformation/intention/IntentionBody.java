package fr.paysdelaloire.emploiformation.intention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.validation.ValidCertificationCode;
import fr.paysdelaloire.emploiformation.validation.ValidDepartment;
import fr.paysdelaloire.emploiformation.validation.ValidInseeCommune;
import fr.paysdelaloire.emploiformation.validation.ValidRome;
import fr.paysdelaloire.emploiformation.validation.ValidSiret;

/** A hiring intention as a partner sends it (POST, PUT and the dry run). */
@Schema(name = "HiringIntentionRequest", description = "An employer's written hiring intention (intention d'embauche, FAQ §6).")
public record IntentionBody(
        @Schema(description = "The sender's own id for this intention; the same external_id from the same sender never makes a second record.",
                examples = "nosemplois-2026-000123")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters without spaces")
        String externalId,

        @NotNull @Valid Employer employer,

        @NotNull @Valid Job job,

        @Schema(description = "How many people the employer commits to hire at the end of the session.", examples = "2")
        @NotNull @Min(1) @Max(100) Integer positions,

        @NotNull @Valid Contract contract,

        @NotNull @Valid Target target,

        @Schema(description = "The steps the employer will take part in (FAQ §6); IMMERSION is the minimum the Region expects.",
                examples = "[\"CANDIDATE_SELECTION\", \"IMMERSION\", \"FINAL_JURY\"]")
        @Size(max = 5) List<@NotNull InvolvementStep> employerInvolvement,

        @Schema(description = "The written proof (FAQ §6). Without it the intention is recorded but not eligible.")
        @Valid Proof proof,

        @Schema(description = "SIRET of the training body the employer commits to (one only for the same training, FAQ §6). "
                + "Absent for an open need (*besoin ouvert*): no body chosen yet; the bodies of the lots covering the job's "
                + "sector and the place of work see it at `GET /open-needs` and propose, and the sender records the employer's "
                + "choice (`POST /open-needs/{id}/take-up`). A training body always names itself.",
                examples = "73866205898790")
        @ValidSiret String trainingBodySiret) {

    public List<InvolvementStep> involvementOrEmpty() {
        return employerInvolvement == null ? List.of() : employerInvolvement;
    }

    @Schema(name = "Employer", description = "The employer who commits to hire.")
    public record Employer(
            @Schema(examples = "41229838000012") @NotBlank @ValidSiret String siret,
            @Schema(examples = "Bâtiments de l'Erdre") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Département of the place of work.", examples = "44") @NotBlank @ValidDepartment String department,
            @Schema(description = "INSEE code of the commune of the place of work (not its postcode).", examples = "44109")
            @NotBlank @ValidInseeCommune String communeInsee) {
    }

    @Schema(name = "Job", description = "The job offered.")
    public record Job(
            @Schema(examples = "Maçon / Maçonne") @NotBlank @Size(max = 200) String title,
            @Schema(description = "ROME code of the job.", examples = "F1703") @NotBlank @ValidRome String romeCode) {
    }

    @Schema(name = "Contract", description = "The contract offered at the end of the training.")
    public record Contract(
            @Schema(examples = "CDD") @NotNull ContractType type,
            @Schema(description = "Length in months; required for a CDD.", examples = "6") @Min(1) @Max(120) Integer durationMonths,
            @Schema(description = "Weekly hours (24 or more, FAQ §6).", examples = "35")
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("48") @Digits(integer = 2, fraction = 1) BigDecimal weeklyHours) {
    }

    @Schema(name = "Target", description = "What the employer wants the trainee to learn: a certification, skills, or both.")
    public record Target(
            @Schema(description = "RNCP, RNCP block or RS code.", examples = "RNCP35185") @ValidCertificationCode String certificationCode,
            @Schema(description = "Skills wanted, outside any register if need be (FAQ §4).", examples = "Lecture de plans, montage de murs en parpaings")
            @Size(max = 2000) String skills) {
    }

    @Schema(name = "Proof", description = "The employer's written commitment.")
    public record Proof(
            @Schema(examples = "EMAIL") @NotNull ProofChannel channel,
            @Schema(description = "Date the written commitment was received.", examples = "2026-11-20") @NotNull LocalDate receivedOn,
            @Schema(description = "Where to find it (message id, letter reference, platform record).", examples = "courriel du 20/11/2026")
            @Size(max = 200) String reference) {
    }
}
