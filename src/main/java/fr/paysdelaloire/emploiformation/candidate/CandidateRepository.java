package fr.paysdelaloire.emploiformation.candidate;

import java.util.List;
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

    /** Whether this validator organisation follows the candidate (registered, validated, or followed them). */
    public boolean followedBy(UUID candidateId, String organisation) {
        return getEntityManager().createNativeQuery("select 1 from candidate_follower where candidate_id = :c and organisation = :o")
                .setParameter("c", candidateId).setParameter("o", organisation).getResultList().size() > 0;
    }

    /** The validator organisations that follow the candidate (§5). */
    @SuppressWarnings("unchecked")
    public List<String> followers(UUID candidateId) {
        return getEntityManager().createNativeQuery("select organisation from candidate_follower where candidate_id = :c order by organisation")
                .setParameter("c", candidateId).getResultList();
    }

    /** The organisation follows the candidate from now on; true when it did not yet. */
    public boolean follow(UUID candidateId, String organisation, java.time.OffsetDateTime since) {
        return getEntityManager().createNativeQuery("""
                insert into candidate_follower (candidate_id, organisation, since) values (:c, :o, :since)
                on conflict do nothing""").setParameter("c", candidateId).setParameter("o", organisation)
                .setParameter("since", since).executeUpdate() > 0;
    }

    /** One correction of the candidate's situation, kept with its author and time. */
    public void recordChange(Candidate candidate, Situation from, boolean fromBusiness, CandidateStatus fromStatus, String reason,
            String actor, java.time.OffsetDateTime at) {
        getEntityManager().createNativeQuery("""
                insert into candidate_situation_change (candidate_id, from_situation, to_situation, from_business_creation,
                    to_business_creation, from_status, to_status, reason, actor, at)
                values (:c, :fs, :ts, :fb, :tb, :fst, :tst, :reason, :actor, :at)""")
                .setParameter("c", candidate.id).setParameter("fs", from.name()).setParameter("ts", candidate.situation.name())
                .setParameter("fb", fromBusiness).setParameter("tb", candidate.businessCreationProject)
                .setParameter("fst", fromStatus.name()).setParameter("tst", candidate.status.name()).setParameter("reason", reason)
                .setParameter("actor", actor).setParameter("at", at).executeUpdate();
    }

    /** The corrections of a candidate's situation, oldest first. */
    @SuppressWarnings("unchecked")
    public List<CandidateHistoryResponse.Change> changes(UUID candidateId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select from_situation, to_situation, from_business_creation, to_business_creation, from_status, to_status,
                       reason, actor, at
                from candidate_situation_change where candidate_id = :c order by id""").setParameter("c", candidateId).getResultList();
        return rows.stream().map(r -> new CandidateHistoryResponse.Change(Situation.valueOf((String) r[0]), Situation.valueOf((String) r[1]),
                (Boolean) r[2], (Boolean) r[3], CandidateStatus.valueOf((String) r[4]), CandidateStatus.valueOf((String) r[5]),
                (String) r[6], (String) r[7], fr.paysdelaloire.emploiformation.api.SqlValues.utc(r[8]))).toList();
    }

    /** Serialises registrations of one person, so that two validators cannot both create them. */
    public void lockIdentifier(String identifier) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "candidate:" + identifier).getSingleResult();
    }
}
