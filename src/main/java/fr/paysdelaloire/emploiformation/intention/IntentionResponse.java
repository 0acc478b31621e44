package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.rules.Evaluation;

/** A hiring intention as the API shows it. */
@Schema(name = "HiringIntention")
public record IntentionResponse(
        @Schema(examples = "0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11") UUID id,
        @Schema(examples = "nosemplois-2026-000123") String externalId,
        @Schema(description = "Who sent it, as role:organisation.", examples = "employer-platform:nosemplois") String sender,
        IntentionStatus status,
        IntentionBody.Employer employer,
        IntentionBody.Job job,
        @Schema(examples = "2") int positions,
        @Schema(description = "Trainees hired on it so far (recorded as a path's outcome). The intention is FULFILLED when "
                + "hires reach positions; until then a trainee who drops out may be replaced (§5).", examples = "1") int hires,
        IntentionBody.Contract contract,
        IntentionBody.Target target,
        List<InvolvementStep> employerInvolvement,
        IntentionBody.Proof proof,
        @Schema(examples = "73866205898790") String trainingBodySiret,
        @Schema(description = "The eligibility evaluated on the last write: every rule with its outcome, message and FAQ §.")
        Evaluation eligibility,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime lastStatusChangeAt) {

    static IntentionResponse of(HiringIntention i, Evaluation eligibility) {
        return new IntentionResponse(i.id, i.externalId, i.sender, i.status,
                new IntentionBody.Employer(i.employerSiret, i.employerName, i.employerDepartment, i.employerCommuneInsee),
                new IntentionBody.Job(i.jobTitle, i.jobRomeCode),
                i.positions,
                i.hires,
                new IntentionBody.Contract(i.contractType, i.contractDurationMonths, i.contractWeeklyHours),
                new IntentionBody.Target(i.targetCertificationCode, i.targetSkills),
                steps(i.employerInvolvement),
                i.proofChannel == null ? null : new IntentionBody.Proof(i.proofChannel, i.proofReceivedOn, i.proofReference),
                i.trainingBodySiret, eligibility, i.createdAt, i.updatedAt, i.lastStatusChangeAt);
    }

    static List<InvolvementStep> steps(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(InvolvementStep::valueOf).toList();
    }
}
