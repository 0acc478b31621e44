package fr.paysdelaloire.emploiformation.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * {@code Idempotency-Key} for POSTs: the first answer given under a key is stored in the same
 * transaction as the write and replayed, byte for byte, to the same caller sending the same key and the
 * same request; the same key with another request is refused (422). Concurrent calls with one key are
 * serialised by a transaction-scoped advisory lock, so the second waits and replays.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Json json;

    /**
     * Must run inside the write's transaction. With no key, just runs the work. With one, the first answer is stored
     * with its JSON fixed, and a replay returns that JSON (without the ETag the first answer had, as before).
     */
    public <T> Representation<T> run(String caller, String key, String operation, String requestFingerprint,
            Supplier<Representation<T>> work) {
        if (key == null) {
            return work.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", caller + "\n" + key).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "select operation, request_hash, status, location, body from idempotency_key where caller = :caller and key = :key")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        if (!stored.isEmpty()) {
            Object[] row = stored.get(0);
            if (!operation.equals(row[0]) || !requestFingerprint.equals(row[1])) {
                throw new ApiProblem(ProblemType.UNPROCESSABLE,
                        "This Idempotency-Key was already used with another request: use a new key for a new request");
            }
            return new Representation<T>(null, (String) row[3], null, ((Number) row[2]).intValue() == 201, (String) row[4]);
        }
        Representation<T> answer = work.get();
        Representation<T> frozen = answer.frozen(json.write(answer.body()));
        em.createNativeQuery("""
                insert into idempotency_key (caller, key, operation, request_hash, status, location, body, created_at)
                values (:caller, :key, :operation, :hash, :status, :location, :body, :at)""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("operation", operation)
                .setParameter("hash", requestFingerprint).setParameter("status", frozen.created() ? 201 : 200)
                .setParameter("location", frozen.location()).setParameter("body", frozen.json())
                .setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        return frozen;
    }

    /**
     * Forgets the answers stored before {@code cutoff} (full response bodies: kept only as long as a partner may retry,
     * {@code ef.retention.idempotency-answers}); how many. A key used again after that is a new request.
     */
    public int purgeStoredBefore(OffsetDateTime cutoff) {
        return em.createNativeQuery("delete from idempotency_key where created_at < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
