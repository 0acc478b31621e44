package fr.paysdelaloire.emploiformation.intention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NeedProposalRepository implements PanacheRepositoryBase<NeedProposal, UUID> {

    /** A need's proposals, oldest first. */
    public List<NeedProposal> of(UUID intentionId) {
        return list("intentionId = ?1 order by createdAt, id", intentionId);
    }

    /** The body's live proposal for the need, if any. */
    public Optional<NeedProposal> live(UUID intentionId, String siret) {
        return find("intentionId = ?1 and trainingBodySiret = ?2 and status = ?3", intentionId, siret, NeedProposal.Status.PROPOSED)
                .firstResultOptional();
    }

    /** Has the body ever proposed for the need. */
    public boolean proposedBy(UUID intentionId, String siret) {
        return count("intentionId = ?1 and trainingBodySiret = ?2", intentionId, siret) > 0;
    }

    public long liveCount(UUID intentionId) {
        return count("intentionId = ?1 and status = ?2", intentionId, NeedProposal.Status.PROPOSED);
    }
}
