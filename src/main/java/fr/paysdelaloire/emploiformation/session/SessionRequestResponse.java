package fr.paysdelaloire.emploiformation.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.rules.Evaluation;

/** A session request as the API shows it. */
@Schema(name = "SessionRequest")
public record SessionRequestResponse(
        UUID id,
        SessionKind kind,
        @Schema(examples = "CONSTR-44") String lotCode,
        SessionStatus status,
        @Schema(description = "The transitions the current status allows (each a POST on the request).",
                examples = "[\"start-review\", \"withdraw\"]") List<String> allowedTransitions,
        String title,
        Sector trainingSector,
        SessionRequestBody.Certification certification,
        String formacode,
        int plannedHours,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "A new calendar the training body proposed, waiting for the Region's decision (§6); absent "
                + "when none is pending.") CalendarResponse pendingCalendar,
        List<SessionRequestBody.Location> locations,
        SessionRequestBody.Modalities modalities,
        List<UUID> hiringIntentionIds,
        @Schema(description = "Places asked for.") int places,
        @Schema(description = "Positions committed now by the attached intentions that are eligible and not withdrawn.") int placesCommitted,
        @Schema(description = "Of the attached intentions not withdrawn, how many have no immersion step: their employer has not "
                + "committed to host the job seeker in a placement (*stage*), which §6 calls essential \"a minima\". They stay "
                + "acceptable (the intention carries the advice EMPLOYER_INVOLVEMENT); the count is shown for the Region's "
                + "instruction.", examples = "1") int intentionsWithoutImmersion,
        @Schema(description = "Under five trainees: the body's declaration that it finds its financial balance (§5); absent "
                + "when none was made.") String financialBalance,
        @Schema(description = "The training body that runs the session.", examples = "42525779372180") String submitterSiret,
        @Schema(description = "The lot's mandataire, who receives the purchase order (§9).", examples = "73866205898790") String mandataireSiret,
        @Schema(description = "When the mandataire was informed of a co-traitant's submission (§9).") OffsetDateTime mandataireInformedAt,
        @Schema(description = "A subcontractor's request: the mandataire's approval it relies on (FAQ §2, §9; `GET "
                + "/api/v1/lots/{code}/subcontractor-approvals/{approval_id}`), as of its last submission or authorisation; absent for "
                + "a member of the groupement, or when the only record is the Region's in the lot.") java.util.UUID subcontractorApprovalId,
        @Schema(description = "The rules as last evaluated (on submission, authorisation, or a withdrawal).") Evaluation evaluation,
        @Schema(description = "Place in the Region's queue: first submission time (§9).") OffsetDateTime firstSubmittedAt,
        OffsetDateTime decidedAt,
        @Schema(description = "The purchase order, once authorised.") UUID purchaseOrderId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime lastStatusChangeAt) {
}
