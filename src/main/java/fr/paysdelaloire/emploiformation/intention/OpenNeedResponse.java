package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.rules.Evaluation;

/**
 * An open need as the API shows it: the employer's name and place of work, the job and what it asks for — never the
 * sender's references nor the written proof (which may name people). The employer's SIRET is shown to the sender and the
 * Region only (a sole trader's SIRET is personal data).
 */
@Schema(name = "OpenNeed", description = "An employer's need with no training body chosen yet (*besoin ouvert*, FAQ §1, §6).")
public record OpenNeedResponse(
        @Schema(description = "The need's id: the id of the hiring intention it is.", examples = "0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11")
        UUID id,
        @Schema(description = "True while no body is chosen; false once the employer's choice is recorded (then read it as a "
                + "hiring intention of the chosen body).", examples = "true") boolean open,
        @Schema(description = "The intention's status: ELIGIBLE or AWAITING_DEROGATION for the needs shown to training bodies.")
        IntentionStatus status,
        @Schema(description = "Who raised it: `employer-platform` (an employer's request on a platform) or `validator` (a need "
                + "from the BMO survey the validator vouches for, §1).", examples = "employer-platform") String raisedBy,
        NeedEmployer employer,
        IntentionBody.Job job,
        @Schema(description = "The job's sector (see `GET /sectors`, `rome_prefixes`); absent when no sector of the Region's "
                + "markets takes it.", examples = "CONSTRUCTION") String sector,
        @Schema(examples = "2") int positions,
        IntentionBody.Contract contract,
        IntentionBody.Target target,
        List<InvolvementStep> employerInvolvement,
        @Schema(description = "The eligibility, evaluated by the same rules as any hiring intention.") Evaluation eligibility,
        @Schema(description = "Live proposals (not yet decided).", examples = "2") long proposals,
        @Schema(description = "For the Region and the sender: open with no proposal ever, raised longer ago than the Region's "
                + "setting (`ef.needs.unanswered-after-days`).", examples = "false") Boolean unanswered,
        @Schema(description = "For the Region and the sender, once the employer's choice is recorded: the chosen body.",
                examples = "73866205898790") String trainingBodySiret,
        OffsetDateTime raisedAt,
        @Schema(description = "When the employer's choice was recorded.") OffsetDateTime takenUpAt) {

    /** The employer as a need shows it; {@code siret} for the sender and the Region only. */
    @Schema(name = "NeedEmployer", description = "The employer who needs the training: name and place of work.")
    public record NeedEmployer(
            @Schema(description = "For the sender and the Region only.", examples = "41229838000012") String siret,
            @Schema(examples = "Bâtiments de l'Erdre") String name,
            @Schema(description = "Département of the place of work.", examples = "49") String department,
            @Schema(description = "INSEE code of the commune of the place of work.", examples = "49007") String communeInsee) {
    }
}
