package fr.paysdelaloire.emploiformation.candidate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Storage limitation of candidates' personal data (RGPD art. 5-1-e). Their identity (France Travail id, names, and the
 * fingerprint of them) and the free texts about them (drop-out and outcome reasons, in paths and their history) are
 * erased once nothing needs them: no path still on, and their last path ended — or their last activity, without a
 * path — before the cut-off. What statistics and invoices need stays: the candidate's id, département, situation,
 * validation, paths, statuses, dates and hours. Each erasure is written in the access log. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class CandidateRetention {

    public static final String ACTOR = "system:retention";

    @Inject
    EntityManager em;

    @Inject
    CandidateAudit audit;

    /** Erases up to {@code batch} candidates inactive since before {@code cutoff}; their ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> eraseInactiveSince(OffsetDateTime cutoff, OffsetDateTime now, int batch) {
        List<UUID> due = em.createNativeQuery("""
                select c.id from candidate c
                where c.erased_at is null
                  and not exists (select 1 from training_path p join session_request s on s.id = p.session_request_id
                                  where p.candidate_id = c.id and p.status in ('POSITIONED', 'EMPLOYER_AGREED', 'INTEGRATED')
                                    and s.status <> 'CANCELLED')
                  and greatest(c.updated_at,
                               (select max(case when p.status in ('COMPLETED', 'DROPPED_OUT') then p.ended_at
                                                else s.last_status_change_at end)
                                  from training_path p join session_request s on s.id = p.session_request_id
                                 where p.candidate_id = c.id),
                               (select max(r.created_at) from candidate_referral r where r.candidate_id = c.id)) < :cutoff
                order by c.updated_at, c.id
                limit :batch
                for update of c skip locked""", UUID.class)
                .setParameter("cutoff", cutoff).setParameter("batch", batch).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        em.createNativeQuery("""
                update candidate set france_travail_id = null, first_name = null, last_name = null, content_hash = 'erased',
                       erased_at = :now, updated_at = :now, version = version + 1
                where id in (:ids)""").setParameter("now", now).setParameter("ids", due).executeUpdate();
        em.createNativeQuery("""
                update training_path_history set reason = null
                where reason is not null and path_id in (select id from training_path where candidate_id in (:ids))""")
                .setParameter("ids", due).executeUpdate();
        em.createNativeQuery("""
                update training_path set drop_out_reason = null, outcome_reason = null
                where candidate_id in (:ids) and (drop_out_reason is not null or outcome_reason is not null)""")
                .setParameter("ids", due).executeUpdate();
        em.createNativeQuery("""
                update candidate_situation_change set reason = null where candidate_id in (:ids) and reason is not null""")
                .setParameter("ids", due).executeUpdate();
        due.forEach(id -> audit.record(id, ACTOR, CandidateAudit.Action.ERASE));
        return due;
    }

    /** Deletes the access log's entries older than {@code cutoff}; how many. */
    public int purgeAccessLog(OffsetDateTime cutoff) {
        return em.createNativeQuery("delete from candidate_access where at < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }
}
