package fr.paysdelaloire.emploiformation.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRequestRepository implements PanacheRepositoryBase<SessionRequest, UUID> {

    public Optional<SessionRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The request an intention is attached to, if any. */
    public Optional<SessionRequest> findByIntention(UUID intentionId) {
        return find("select r from SessionRequest r join r.intentionIds i where i = ?1", intentionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Requests waiting for the Region, by order of arrival (first submission; a request sent back keeps its place, §9). */
    public List<SessionRequest> queue() {
        return list("status in ?1 order by firstSubmittedAt, id", SessionStatus.IN_INSTRUCTION);
    }

    /** What a caller may list: everything, or what a training body submitted or its lots' mandataire sees. */
    public List<SessionRequest> visibleTo(String siret, SessionStatus status) {
        StringBuilder query = new StringBuilder(siret == null ? "1 = 1" : "(submitterSiret = :siret or mandataireSiret = :siret)");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        if (siret != null) {
            parameters.and("siret", siret);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query + " order by createdAt, id", parameters).page(0, 500).list();
    }
}
