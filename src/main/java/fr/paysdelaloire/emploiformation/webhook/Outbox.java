package fr.paysdelaloire.emploiformation.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.PreparedSql;
import fr.paysdelaloire.emploiformation.security.Roles;

/**
 * The transactional outbox: a capability reports a change here, inside the transaction that makes it; the
 * event and one delivery per matching subscription are written by one statement of that transaction, so a
 * rolled-back change leaves nothing to send and a committed one is never lost. The dispatcher is woken once
 * the transaction has committed.
 */
@ApplicationScoped
public class Outbox {

    /** The owners of Region subscriptions read everything. */
    static final String REGION_OWNERS = Roles.REGION_OFFICER + ":%";

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Json json;

    @Inject
    Clock clock;

    /** The body partners receive; {@code data} holds statuses and outcomes, never personal data. */
    @Schema(name = "WebhookEvent", description = "What a delivery POSTs to the receiver. Its id is the `webhook-id` header, the "
            + "same on every attempt: process each id once.")
    public record EventBody(UUID id, EventType type, OffsetDateTime occurredAt, Subject subject,
            @Schema(description = "Statuses and outcomes of the change (e.g. from, to, outcome, lot_code); never personal data.")
            Map<String, Object> data) {
    }

    @Schema(name = "WebhookSubject", description = "The object the event is about; read it at `href` with your own token.")
    public record Subject(EventType.SubjectType type, UUID id, String href) {
    }

    /**
     * The event and its deliveries in one statement, written only when a subscription wants it (on every write's path).
     * The event's id and its body are made by PostgreSQL inside that statement, so that a change no subscription takes
     * costs neither (issue #22, P1: the body's JSON and the random id were 3 % of the intake's samples, JFR); the body
     * is {@link EventBody}, its {@code data} as Jackson wrote it.
     */
    private static final PreparedSql PUBLISH = new PreparedSql("""
                with targets as (
                    select s.id from webhook_subscription s
                    where s.deleted_at is null and cast(:type as text) = any(s.event_types)
                      and (s.owner = any(string_to_array(cast(:readers as text), chr(10))) or s.owner like :region)),
                fresh as (
                    select gen_random_uuid() as id where exists (select 1 from targets)),
                event as (
                    insert into webhook_event (id, type, subject_type, subject_id, occurred_at, payload)
                    select f.id, :type, :subjectType, :subject, :now, json_build_object(
                        'id', f.id, 'type', cast(:type as text),
                        'occurred_at', to_char(cast(:now as timestamptz) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'subject', json_build_object('type', cast(:subjectType as text), 'id', cast(:subject as uuid), 'href', cast(:href as text)),
                        'data', cast(:data as json))::text
                    from fresh f
                    returning id)
                insert into webhook_delivery (id, subscription_id, event_id, subject_key, seq, status, attempts, next_attempt_at, created_at)
                select gen_random_uuid(), t.id, e.id, :subjectKey, nextval('webhook_delivery_seq'), 'PENDING', 0, :now, :now
                from targets t cross join event e
                order by t.id""");

    /**
     * Reports a change about {@code subjectId} to the subscriptions of {@code readers} — the organisations
     * ({@code role:identifier}) that may read the subject, as its capability decides — and of the Region.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, UUID subjectId, Map<String, Object> data, Collection<String> readers) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("type", type.name());
        values.put("readers", String.join("\n", new TreeSet<>(readers)));
        values.put("region", REGION_OWNERS);
        values.put("subjectType", type.subject().name());
        values.put("subject", subjectId);
        values.put("href", type.subject().href(subjectId));
        values.put("now", OffsetDateTime.now(clock));
        values.put("data", json.write(data));
        values.put("subjectKey", type.subject().name() + ":" + subjectId);
        int deliveries = PUBLISH.update(entityManager, values);
        if (deliveries > 0) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.wake();
                    }
                }
            });
        }
    }
}
