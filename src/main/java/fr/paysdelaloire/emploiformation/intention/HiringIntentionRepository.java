package fr.paysdelaloire.emploiformation.intention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class HiringIntentionRepository implements PanacheRepositoryBase<HiringIntention, UUID> {

    /** What a caller may list: everything (Region), what it sent, or what names it (training body). */
    public record Scope(boolean everything, String sender, String trainingBodySiret) {
    }

    /** The filters of the list. */
    public record Filter(IntentionStatus status, String employerSiret, OffsetDateTime updatedSince) {
    }

    public Optional<HiringIntention> findBySenderAndExternalId(String sender, String externalId) {
        return find("sender = ?1 and externalId = ?2", sender, externalId).firstResultOptional();
    }

    public Optional<HiringIntention> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serialises, until the transaction ends, the writes that concern one employer, so that two bodies
     * cannot both win the one-training-body check (§6) at the same moment.
     */
    public void lockEmployer(String employerSiret) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "employer:" + employerSiret).getSingleResult();
    }

    /**
     * Is this employer already committed, for the same training (same ROME code and same target
     * certification), to another training body by an intention still active?
     */
    public boolean committedElsewhere(String employerSiret, String romeCode, String certificationCode,
            String trainingBodySiret, UUID excluded) {
        StringBuilder where = new StringBuilder(
                "employerSiret = :employer and jobRomeCode = :rome and trainingBodySiret <> :body and status in :active");
        Parameters parameters = Parameters.with("employer", employerSiret).and("rome", romeCode)
                .and("body", trainingBodySiret).and("active", IntentionStatus.ACTIVE);
        if (certificationCode == null) {
            where.append(" and targetCertificationCode is null");
        } else {
            where.append(" and targetCertificationCode = :certification");
            parameters.and("certification", certificationCode);
        }
        if (excluded != null) {
            where.append(" and id <> :excluded");
            parameters.and("excluded", excluded);
        }
        return count(where.toString(), parameters) > 0;
    }

    public List<HiringIntention> page(Scope scope, Filter filter, int page, int size) {
        Query query = query(scope, filter);
        return find(query.where + " order by createdAt, id", query.parameters).page(page, size).list();
    }

    /** How many match, counted up to {@code cap + 1} at most: the count's cost stays flat however many there are. */
    public long total(Scope scope, Filter filter, int cap) {
        Query query = query(scope, filter);
        var ids = getEntityManager().createQuery("select id from HiringIntention where " + query.where, UUID.class)
                .setMaxResults(cap + 1);
        query.parameters.map().forEach(ids::setParameter);
        return ids.getResultList().size();
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(Scope scope, Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!scope.everything()) {
            where.append(" and (sender = :sender");
            parameters.and("sender", scope.sender());
            if (scope.trainingBodySiret() != null) {
                where.append(" or trainingBodySiret = :body");
                parameters.and("body", scope.trainingBodySiret());
            }
            where.append(")");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.employerSiret() != null) {
            where.append(" and employerSiret = :employer");
            parameters.and("employer", filter.employerSiret());
        }
        if (filter.updatedSince() != null) {
            where.append(" and updatedAt >= :since");
            parameters.and("since", filter.updatedSince());
        }
        return new Query(where.toString(), parameters);
    }
}
