package fr.paysdelaloire.emploiformation.intention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.paysdelaloire.emploiformation.reference.GroupementDirectory;
import fr.paysdelaloire.emploiformation.reference.Sector;
import fr.paysdelaloire.emploiformation.security.Organisation;
import fr.paysdelaloire.emploiformation.webhook.EventType;
import fr.paysdelaloire.emploiformation.webhook.Outbox;

/**
 * What partners are told about open needs (issue #21), and who: the bodies that see a need when it is raised, its
 * sender when a body proposes, each proposer and the sender when the employer's choice is recorded. The Region's
 * subscriptions hear everything (the outbox's rule). No personal data: ids, codes and statuses.
 */
@ApplicationScoped
class NeedEvents {

    @Inject
    Outbox outbox;

    @Inject
    GroupementDirectory groupements;

    /** Raised (or opened again): to its sender and, when it takes proposals, to the bodies of the lots covering it. */
    void raised(HiringIntention need) {
        Set<String> readers = new TreeSet<>();
        readers.add(need.sender);
        if (OpenNeedRules.takesProposals(true, need.status) && need.jobSector != null) {
            groupements.bodiesCovering(Sector.valueOf(need.jobSector), need.employerDepartment).stream()
                    .map(siret -> Organisation.trainingBody(siret).toString()).forEach(readers::add);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sector", need.jobSector);
        data.put("department", need.employerDepartment);
        data.put("rome_code", need.jobRomeCode);
        data.put("status", need.status);
        outbox.publish(EventType.NEED_RAISED, need.id, data, readers);
    }

    /** A body proposed: told to the need's sender. */
    void proposed(HiringIntention need, NeedProposal proposal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposal_id", proposal.id);
        data.put("lot_code", proposal.lotCode);
        outbox.publish(EventType.NEED_PROPOSAL_MADE, need.id, data, Set.of(need.sender));
    }

    /** The employer's choice was recorded: each proposer learns whether it was chosen (never who was), the sender which. */
    void takenUp(HiringIntention need, List<NeedProposal> proposals) {
        for (NeedProposal proposal : proposals) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("proposal_id", proposal.id);
            data.put("chosen", proposal.status == NeedProposal.Status.CHOSEN);
            outbox.publish(EventType.NEED_TAKEN_UP, need.id, data, Set.of(Organisation.trainingBody(proposal.trainingBodySiret).toString()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        proposals.stream().filter(p -> p.status == NeedProposal.Status.CHOSEN).findFirst().ifPresent(p -> data.put("proposal_id", p.id));
        data.put("chosen", true);
        data.put("training_body_siret", need.trainingBodySiret);
        outbox.publish(EventType.NEED_TAKEN_UP, need.id, data, Set.of(need.sender));
    }
}
