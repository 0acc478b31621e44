package fr.paysdelaloire.emploiformation.candidate;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    public Optional<Candidate> findByFranceTravailId(String identifier) {
        return find("franceTravailId", identifier).firstResultOptional();
    }

    public Optional<Candidate> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serialises registrations of one person, so that two validators cannot both create them. */
    public void lockIdentifier(String identifier) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "candidate:" + identifier).getSingleResult();
    }
}
