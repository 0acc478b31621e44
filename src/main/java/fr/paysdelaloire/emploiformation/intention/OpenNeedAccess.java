package fr.paysdelaloire.emploiformation.intention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.api.ApiProblem;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.GroupementDirectory.LotFacts;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.security.Caller;
import fr.paysdelaloire.emploiformation.security.Roles;

/**
 * Who may see an open need and its proposals (issue #21): the Region; its sender (a platform, a validator); the training
 * bodies of the lots covering it while it takes proposals ({@link OpenNeedRules#covers}) or once taken up (its chosen
 * body unnamed), and a body that proposed for it, to the end. An intention sent with its body from the start is no need. What a caller may not see answers 404.
 */
@ApplicationScoped
class OpenNeedAccess {

    @Inject
    Caller caller;

    @Inject
    HiringIntentionRepository intentions;

    @Inject
    NeedProposalRepository proposals;

    @Inject
    GroupementDirectory groupements;

    /** Is (or was, before its take-up) the intention an open need. */
    static boolean isNeed(HiringIntention intention) {
        return intention.openNeed() || intention.takenUpAt != null;
    }

    /** The Region, or the need's sender: sees every field and every proposal. */
    boolean overseesOrSent(HiringIntention need) {
        return caller.isRegion() || need.sender.equals(caller.organisation().orElse(""));
    }

    /** The caller sees this need. */
    boolean sees(HiringIntention need) {
        if (!isNeed(need)) {
            return false;
        }
        if (overseesOrSent(need)) {
            return true;
        }
        String siret = caller.orgSiret().orElse(null);
        if (siret == null) {
            return false;
        }
        // once taken up, a covering body still sees that it was (no longer open, the chosen body unnamed): a late proposal
        // is a clear 409 rather than a 404
        return (OpenNeedRules.takesProposals(need.openNeed(), need.status) || need.takenUpAt != null)
                && coveredFor(need, groupements.lotsOf(siret), siret)
                || proposals.proposedBy(need.id, siret);
    }

    static boolean coveredFor(HiringIntention need, List<LotFacts> lots, String siret) {
        return need.jobSector != null && OpenNeedRules.covers(lots, siret, Sector.valueOf(need.jobSector), need.employerDepartment);
    }

    /** The need, or 404. */
    HiringIntention visible(UUID id) {
        return intentions.findByIdOptional(id).filter(this::sees).orElseThrow(() -> ApiProblem.notFound("Open need " + id));
    }

    /** The need locked for a write, or 404 for what the caller may not see. */
    HiringIntention writable(UUID id) {
        return intentions.findForUpdate(id).filter(this::sees).orElseThrow(() -> ApiProblem.notFound("Open need " + id));
    }

    /** What the caller's list shows. */
    HiringIntentionRepository.NeedScope scope() {
        if (caller.isRegion()) {
            return new HiringIntentionRepository.NeedScope(true, null, null);
        }
        if (caller.hasRole(Roles.TRAINING_BODY)) {
            caller.requireOrganisation();
            String siret = caller.orgSiret().orElseThrow();
            return new HiringIntentionRepository.NeedScope(false, null, OpenNeedRules.coverage(groupements.lotsOf(siret), siret));
        }
        return new HiringIntentionRepository.NeedScope(false, caller.requireOrganisation(), null);
    }
}
