package fr.paysdelaloire.emploiformation.intention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.FreeText;
import fr.paysdelaloire.emploiformation.api.ProblemType;
import fr.paysdelaloire.emploiformation.api.Representation;
import fr.paysdelaloire.emploiformation.api.Retries;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.security.Caller;

/**
 * Answering open needs (issue #21): a training body of a lot covering a need proposes (§6: the employer may consult
 * several bodies); the need's sender records the employer's choice (take-up), which makes the need an ordinary intention
 * of the chosen body — the one-training-body rule holds from then on — and tells every proposer whether it was chosen.
 * A proposal and a take-up lock the need's row: two choices racing, the first recorded wins and the other answers 409.
 */
@ApplicationScoped
public class NeedProposalService {

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    NeedProposalRepository proposals;

    @Inject
    OpenNeedAccess access;

    @Inject
    OpenNeedReads reads;

    @Inject
    GroupementDirectory groupements;

    @Inject
    IntentionEvaluator evaluations;

    @Inject
    IntentionTimeline timeline;

    @Inject
    IntentionMapper mapper;

    @Inject
    NeedEvents events;

    @Inject
    BodyValidator bodies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * A body proposes for a need it sees. The same proposal again answers 200 with it; another while its first is live,
     * 409. The lot must be one the body works for that covers the need (422).
     */
    public Representation<ProposalResponse> propose(UUID id, ProposalBody request) {
        String actor = caller.requireOrganisation();
        String siret = caller.orgSiret().orElseThrow();
        bodies.check(request);
        ProposalBody offer = new ProposalBody(request.lotCode().strip(), request.summary().strip(),
                FreeText.orNull(request.certificationCode()), request.plannedStartDate());
        return Retries.inTransaction(() -> {
            HiringIntention need = access.writable(id);
            var existing = proposals.live(need.id, siret);
            if (existing.isPresent()) {
                NeedProposal live = existing.get();
                if (same(live, offer)) {
                    return Representation.changed(location(need.id, live.id), null, reads.response(live));
                }
                throw ApiProblem.conflictWith("You already proposed for this need; the employer weighs that proposal",
                        location(need.id, live.id));
            }
            if (!OpenNeedRules.takesProposals(need.openNeed(), need.status)) {
                throw ApiProblem.conflict(need.openNeed()
                        ? "This need is " + need.status + ": it takes no proposal"
                        : "The employer's choice is already recorded for this need (FAQ §6: it commits to one body)");
            }
            boolean lotCovers = groupements.lot(offer.lotCode())
                    .filter(lot -> OpenNeedRules.covers(List.of(lot), siret, Sector.valueOf(need.jobSector), need.employerDepartment))
                    .isPresent();
            if (!lotCovers) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE, "Lot " + offer.lotCode() + " is not a lot you work for that covers "
                        + "this need's sector and place of work (FAQ §2: the training belongs to the lot's sector)");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            NeedProposal proposal = new NeedProposal();
            proposal.id = UUID.randomUUID();
            proposal.intentionId = need.id;
            proposal.trainingBodySiret = siret;
            proposal.lotCode = offer.lotCode();
            proposal.summary = offer.summary();
            proposal.certificationCode = offer.certificationCode();
            proposal.plannedStartDate = offer.plannedStartDate();
            proposal.status = NeedProposal.Status.PROPOSED;
            proposal.createdAt = now;
            proposals.persist(proposal);
            proposals.flush();
            timeline.note(need, actor, "Proposition d'un organisme de formation (lot " + proposal.lotCode + ")");
            events.proposed(need, proposal);
            return Representation.created(location(need.id, proposal.id), null, reads.response(proposal));
        });
    }

    /**
     * The sender records the employer's choice: the need becomes an intention of the chosen body, with the employer's
     * written commitment as its proof when given. The same choice again answers 200; another once one is recorded, 409.
     */
    public Representation<IntentionResponse> takeUp(UUID id, TakeUpBody request, String ifMatch) {
        String actor = caller.requireOrganisation();
        List<fr.paysdelaloire.emploiformation.api.Problem.Violation> violations = bodies.violations(request);
        if (request != null) {
            violations.addAll(IntentionRules.proofDate(request.proof(), LocalDate.now(clock)));
        }
        BodyValidator.refuseIfAny(violations);
        return Retries.inTransaction(() -> {
            // the employer first, as every write about it does (the one-training-body rule, §6), then the row
            intentions.findByIdOptional(id).ifPresent(peeked -> intentions.lockEmployer(peeked.employerSiret));
            HiringIntention need = access.writable(id);
            if (!need.sender.equals(actor)) {
                throw ApiProblem.forbidden("Only the need's sender records the employer's choice");
            }
            if (ifMatch != null) {
                IntentionAccess.precondition(need, ifMatch);
            }
            NeedProposal chosen = proposals.findByIdOptional(request.proposalId()).filter(p -> p.intentionId.equals(need.id))
                    .orElseThrow(() -> ApiProblem.notFound("Proposal " + request.proposalId() + " of this need"));
            if (!need.openNeed() && chosen.status == NeedProposal.Status.CHOSEN && chosen.trainingBodySiret.equals(need.trainingBodySiret)) {
                return mapper.written(need, false); // the same choice, recorded already
            }
            String refusal = OpenNeedRules.takeUpRefusal(need.openNeed(), need.status);
            if (refusal != null) {
                throw ApiProblem.conflictWith(refusal, IntentionResource.PATH + "/" + need.id);
            }
            if (chosen.status != NeedProposal.Status.PROPOSED) {
                throw ApiProblem.conflict("Proposal " + chosen.id + " was decided before the need was opened again: the body "
                        + "proposes again");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            need.trainingBodySiret = chosen.trainingBodySiret;
            need.takenUpAt = now;
            need.updatedAt = now;
            if (request.proof() != null) {
                need.proofChannel = request.proof().channel();
                need.proofReceivedOn = request.proof().receivedOn();
                need.proofReference = FreeText.orNull(request.proof().reference());
            }
            settle(need, actor, now);
            return mapper.written(need, false);
        });
    }

    /**
     * The need now names its body (a take-up, or its sender's correction naming one): the proposals are decided, the
     * intention evaluated under the one-training-body rule, the employer's other intentions for the training again, and
     * the proposers told. Runs in the caller's transaction, the employer locked.
     */
    void settle(HiringIntention need, String actor, OffsetDateTime now) {
        List<NeedProposal> decided = new ArrayList<>();
        for (NeedProposal proposal : proposals.of(need.id)) {
            if (proposal.status == NeedProposal.Status.PROPOSED) {
                proposal.status = Objects.equals(proposal.trainingBodySiret, need.trainingBodySiret) ? NeedProposal.Status.CHOSEN
                        : NeedProposal.Status.NOT_CHOSEN;
                proposal.decidedAt = now;
                decided.add(proposal);
            }
        }
        timeline.note(need, actor, "Choix de l'employeur enregistré : l'organisme " + need.trainingBodySiret
                + " ; le besoin devient son intention d'embauche (§6)");
        intentions.flush();
        evaluations.reassess(need, actor, "Choix de l'employeur enregistré : il ne s'engage qu'auprès de cet organisme pour cette formation (§6)");
        evaluations.reassess(CommitmentKey.of(need), need.id, actor, "L'employeur a choisi un organisme pour un besoin ouvert (§6)");
        events.takenUp(need, decided);
        intentions.flush();
    }

    private static boolean same(NeedProposal live, ProposalBody offer) {
        return live.lotCode.equals(offer.lotCode()) && live.summary.equals(offer.summary())
                && Objects.equals(live.certificationCode, offer.certificationCode())
                && Objects.equals(live.plannedStartDate, offer.plannedStartDate());
    }

    static String location(UUID needId, UUID proposalId) {
        return OpenNeedResource.PATH + "/" + needId + "/proposals/" + proposalId;
    }
}
