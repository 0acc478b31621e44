package fr.paysdelaloire.emploiformation.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The dispatcher's reads and writes, each in its own short transaction: no transaction is held open while a
 * receiver answers. A delivery is leased while it is tried, so that replicas never send it twice at once.
 */
@ApplicationScoped
public class DeliveryStore {

    /** A delivery to try now, with what it takes to send it. */
    public record Due(UUID id, UUID eventId, int attempt, UUID subscriptionId, String url, String secret, String previousSecret,
            String payload) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Leases up to {@code limit} due deliveries, each the oldest pending one of its subscription and subject
     * (in order per subject: a later event waits while an earlier one is retried).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> lease(int limit, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                with due as (
                    select d.id from webhook_delivery d
                    where d.status = 'PENDING' and d.next_attempt_at <= :now and (d.leased_until is null or d.leased_until < :now)
                      and not exists (select 1 from webhook_delivery e
                                      where e.subscription_id = d.subscription_id and e.subject_key = d.subject_key
                                        and e.status = 'PENDING' and e.seq < d.seq)
                    order by d.seq
                    limit :limit
                    for update skip locked),
                leased as (
                    update webhook_delivery d set leased_until = :until, attempts = d.attempts + 1
                    from due where d.id = due.id
                    returning d.id, d.event_id, d.attempts, d.subscription_id, d.seq)
                select l.id, l.event_id, l.attempts, s.id, s.url, s.secret,
                       case when s.previous_secret_until > :now then s.previous_secret end, e.payload
                from leased l join webhook_subscription s on s.id = l.subscription_id join webhook_event e on e.id = l.event_id
                order by l.seq""")
                .setParameter("now", now)
                .setParameter("until", now.plus(lease))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (UUID) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    /**
     * Records an attempt; the delivery is DELIVERED, due again after {@code retryAfter}, or FAILED when null.
     * Nothing is recorded for a delivery cancelled meanwhile (its subscription was deleted).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID id, Integer statusCode, String error, long durationMs, boolean delivered, Duration retryAfter) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                insert into webhook_attempt (delivery_id, at, status_code, error, duration_ms)
                select :id, :now, :code, :error, :duration
                where exists (select 1 from webhook_delivery where id = :id and status = 'PENDING')""")
                .setParameter("id", id).setParameter("now", now).setParameter("code", statusCode)
                .setParameter("error", error).setParameter("duration", (int) Math.min(durationMs, Integer.MAX_VALUE))
                .executeUpdate();
        String status = delivered ? "DELIVERED" : retryAfter == null ? "FAILED" : "PENDING";
        entityManager.createNativeQuery("""
                update webhook_delivery set status = :status, leased_until = null, last_status_code = :code, last_error = :error,
                    delivered_at = case when :delivered then cast(:now as timestamptz) else delivered_at end,
                    next_attempt_at = cast(:next as timestamptz)
                where id = :id and status = 'PENDING'""")
                .setParameter("status", status).setParameter("code", statusCode).setParameter("error", error)
                .setParameter("delivered", delivered).setParameter("now", now)
                .setParameter("next", retryAfter == null ? now : now.plus(retryAfter))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Forgets deliveries finished before {@code cutoff} (delivered, failed, cancelled), their attempts and events. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(OffsetDateTime cutoff) {
        entityManager.createNativeQuery("""
                delete from webhook_attempt a using webhook_delivery d
                where a.delivery_id = d.id and d.status <> 'PENDING' and d.created_at < :cutoff""")
                .setParameter("cutoff", cutoff).executeUpdate();
        int deliveries = entityManager.createNativeQuery(
                "delete from webhook_delivery where status <> 'PENDING' and created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        entityManager.createNativeQuery("""
                delete from webhook_event e where e.occurred_at < :cutoff
                  and not exists (select 1 from webhook_delivery d where d.event_id = e.id)""")
                .setParameter("cutoff", cutoff).executeUpdate();
        return deliveries;
    }
}
