package fr.paysdelaloire.emploiformation.candidate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.api.SqlValues;

/** The access audit of candidates: who read or changed which candidate, in the caller's transaction. */
@ApplicationScoped
public class CandidateAudit {

    public enum Action {
        CREATE,
        READ,
        SEARCH,
        VALIDATE,
        POSITION,
        /** A validator referred the candidate to a training body or a session. */
        REFER,
        /** The retention period ran out: the identity was erased. */
        ERASE,
        /** Another validator organisation registered the same person and now follows them (§5). */
        FOLLOW,
        /** A validator corrected the candidate's situation (§3, §13). */
        CORRECT
    }

    @Schema(name = "CandidateAccess")
    public record Access(@Schema(examples = "validator:france-travail-pdl") String actor, Action action, OffsetDateTime at) {
    }

    @Schema(name = "CandidateAccessLog")
    public record Log(UUID candidateId, List<Access> items) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public void record(UUID candidateId, String actor, Action action) {
        em.createNativeQuery("insert into candidate_access (candidate_id, actor, action, at) values (:candidate, :actor, :action, :at)")
                .setParameter("candidate", candidateId).setParameter("actor", actor).setParameter("action", action.name())
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Access> of(UUID candidateId) {
        List<Object[]> rows = em.createNativeQuery("select actor, action, at from candidate_access where candidate_id = :candidate order by id")
                .setParameter("candidate", candidateId).getResultList();
        return rows.stream().map(row -> new Access((String) row[0], Action.valueOf((String) row[1]), SqlValues.utc(row[2]))).toList();
    }
}
