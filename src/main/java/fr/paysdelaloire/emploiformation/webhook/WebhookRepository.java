package fr.paysdelaloire.emploiformation.webhook;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.paysdelaloire.emploiformation.api.SqlValues;

/** Subscriptions and their delivery log, in SQL: the tables are the outbox's, written by plain statements. */
@ApplicationScoped
public class WebhookRepository {

    /** A subscription as stored. */
    public record Subscription(UUID id, String owner, String url, List<EventType> eventTypes, String secret, String description,
            OffsetDateTime createdAt, long pending, long failed, OffsetDateTime previousSecretUntil) {
    }

    /** A delivery as stored, with its event's body. */
    public record Delivery(UUID id, String status, int attempts, Integer lastStatusCode, String lastError,
            OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt, String payload) {
    }

    @Inject
    EntityManager entityManager;

    /** Serialises an owner's subscription changes (limit and one subscription per URL). */
    public void lockOwner(String owner) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "webhooks:" + owner).getSingleResult();
    }

    public void insert(UUID id, String owner, String url, List<EventType> types, String secret, String description, OffsetDateTime now) {
        entityManager.createNativeQuery("""
                insert into webhook_subscription (id, owner, url, event_types, secret, description, created_at)
                values (:id, :owner, :url, string_to_array(:types, ','), :secret, :description, :now)""")
                .setParameter("id", id).setParameter("owner", owner).setParameter("url", url)
                .setParameter("types", String.join(",", types.stream().map(Enum::name).toList()))
                .setParameter("secret", secret).setParameter("description", description).setParameter("now", now)
                .executeUpdate();
    }

    public List<Subscription> active(String owner) {
        return subscriptions("s.owner = :owner", owner, null);
    }

    public Optional<Subscription> active(String owner, UUID id) {
        return subscriptions("s.owner = :owner and s.id = :id", owner, id).stream().findFirst();
    }

    public Optional<Subscription> activeByUrl(String owner, String url) {
        return active(owner).stream().filter(s -> s.url().equals(url)).findFirst();
    }

    /** A new secret; the current one keeps signing beside it until {@code until}. */
    public void rotate(UUID id, String secret, OffsetDateTime until) {
        entityManager.createNativeQuery("""
                update webhook_subscription set previous_secret = secret, previous_secret_until = :until, secret = :secret
                where id = :id""")
                .setParameter("until", until).setParameter("secret", secret).setParameter("id", id).executeUpdate();
    }

    /** Deletes the subscription; what it had yet to receive is cancelled. */
    public void delete(UUID id, OffsetDateTime now) {
        entityManager.createNativeQuery("update webhook_subscription set deleted_at = :now where id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("""
                update webhook_delivery set status = 'CANCELLED', leased_until = null
                where subscription_id = :id and status = 'PENDING'""")
                .setParameter("id", id).executeUpdate();
    }

    public List<Delivery> deliveries(UUID subscriptionId, String status, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(DELIVERY + """
                where d.subscription_id = :subscription and (cast(:status as text) is null or d.status = cast(:status as text))
                order by d.seq desc offset :offset limit :limit""")
                .setParameter("subscription", subscriptionId).setParameter("status", status)
                .setParameter("offset", (long) page * size).setParameter("limit", size)
                .getResultList();
        return rows.stream().map(WebhookRepository::delivery).toList();
    }

    public Optional<Delivery> delivery(UUID subscriptionId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(DELIVERY + " where d.subscription_id = :subscription and d.id = :id")
                .setParameter("subscription", subscriptionId).setParameter("id", id).getResultList();
        return rows.stream().map(WebhookRepository::delivery).findFirst();
    }

    public List<DeliveryResponse.Attempt> attempts(UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select at, status_code, error, duration_ms from webhook_attempt where delivery_id = :id order by id""")
                .setParameter("id", deliveryId).getResultList();
        return rows.stream().map(r -> new DeliveryResponse.Attempt(SqlValues.utc(r[0]), (Integer) r[1], (String) r[2], ((Number) r[3]).intValue()))
                .toList();
    }

    /** Sends the delivery again, as soon as possible, with a fresh count of attempts; false if it is being sent now. */
    public boolean replay(UUID id, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now, delivered_at = null
                where id = :id and (leased_until is null or leased_until < :now)""")
                .setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }

    private static final String DELIVERY = """
            select d.id, d.status, d.attempts, d.last_status_code, d.last_error, d.next_attempt_at, d.delivered_at, d.created_at,
                   e.payload
            from webhook_delivery d join webhook_event e on e.id = d.event_id
            """;

    private static Delivery delivery(Object[] r) {
        return new Delivery((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (Integer) r[3], (String) r[4], SqlValues.utc(r[5]),
                SqlValues.utc(r[6]), SqlValues.utc(r[7]), (String) r[8]);
    }

    private List<Subscription> subscriptions(String where, String owner, UUID id) {
        var query = entityManager.createNativeQuery("""
                select s.id, s.owner, s.url, array_to_string(s.event_types, ','), s.secret, s.description, s.created_at,
                       (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'PENDING'),
                       (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'FAILED'),
                       case when s.previous_secret_until > now() then s.previous_secret_until end
                from webhook_subscription s
                where s.deleted_at is null and """ + " " + where + " order by s.created_at, s.id")
                .setParameter("owner", owner);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Subscription((UUID) r[0], (String) r[1], (String) r[2],
                Arrays.stream(((String) r[3]).split(",")).map(EventType::valueOf).toList(), (String) r[4], (String) r[5], SqlValues.utc(r[6]),
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), SqlValues.utc(r[9]))).toList();
    }
}
