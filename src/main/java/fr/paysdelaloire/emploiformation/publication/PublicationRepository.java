package fr.paysdelaloire.emploiformation.publication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<PublicationEntry, UUID> {

    /**
     * The next change number. Taken under a transaction-scoped advisory lock, so that publication writes
     * commit one after the other in the order of their numbers: a reader's cursor never passes a number
     * whose entry is not committed yet.
     */
    public long nextChange() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('publication', 0))").getSingleResult();
        return ((Number) getEntityManager().createNativeQuery("select nextval('publication_change_seq')").getSingleResult()).longValue();
    }

    /*
     * The reads below load hundreds of entries a call (a feed page, an LHEO batch): they read values, not entities, so
     * that Hibernate neither builds nor snapshots an entity per row (benchmark P2, issue #22).
     */

    /** An entry as the feed serves it: its change number, and its JSON when published, else when it was deleted. */
    public record FeedEntry(UUID sessionId, long changeSeq, boolean published, OffsetDateTime deletedAt, String payload) {
    }

    /**
     * Entries after {@code cursor} (or, without one, since {@code since}, or the live ones), in change order: only the
     * columns the feed serves, read as values rather than entities (issue #22, P2: neither the employers' array nor
     * the LHEO fragment, 3 to 4 kB a session, and no entity to build per row).
     */
    @SuppressWarnings("unchecked")
    public List<FeedEntry> page(Long cursor, OffsetDateTime since, String employerSiret, int limit) {
        StringBuilder sql = new StringBuilder("select session_id, change_seq, published, deleted_at,"
                + " case when published then cast(payload as text) end from publication_entry where true");
        if (cursor != null) {
            sql.append(" and change_seq > :cursor");
        } else if (since != null) {
            sql.append(" and updated_at >= :since");
        } else {
            sql.append(" and published");
        }
        if (employerSiret != null) {
            sql.append(" and :employer = any(employer_sirets)");
        }
        sql.append(" order by change_seq limit :limit");
        var query = getEntityManager().createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (cursor != null) {
            query.setParameter("cursor", cursor);
        } else if (since != null) {
            query.setParameter("since", since);
        }
        if (employerSiret != null) {
            query.setParameter("employer", employerSiret);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new FeedEntry((UUID) r[0], ((Number) r[1]).longValue(),
                (Boolean) r[2], fr.paysdelaloire.emploiformation.api.SqlValues.utc(r[3]), (String) r[4])).toList();
    }

    /**
     * A live entry as the LHEO export reads it: its fragment deflated (gzip-encoded export, V31), or its fragment (V29),
     * or (neither stored) its JSON.
     */
    public record Exported(long changeSeq, byte[] deflated, String lheo, String payload) {
    }

    /**
     * Live entries after a change number, in change order, as the export reads them: the deflated fragment when
     * {@code deflated} is asked for and stored, otherwise the fragment, the JSON only when there is no fragment.
     */
    @SuppressWarnings("unchecked")
    public List<Exported> exported(long after, String employerSiret, int limit, boolean deflated) {
        String sql = "select change_seq, " + (deflated ? "lheo_deflate, case when lheo_deflate is null then lheo end" : "null, lheo")
                + ", case when lheo is null then cast(payload as text) end from publication_entry"
                + " where published and change_seq > :after"
                + (employerSiret == null ? "" : " and :employer = any(employer_sirets)") + " order by change_seq limit :limit";
        var query = getEntityManager().createNativeQuery(sql).setParameter("after", after).setParameter("limit", limit);
        if (employerSiret != null) {
            query.setParameter("employer", employerSiret);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Exported(((Number) r[0]).longValue(), (byte[]) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** A fragment stored with no deflated form (published before V31). */
    public record Unsealed(UUID sessionId, String lheo) {
    }

    /**
     * Up to {@code limit} fragments with no deflated form, locked for the caller's transaction; those another replica
     * holds are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<Unsealed> unsealed(int limit) {
        return ((List<Object[]>) getEntityManager().createNativeQuery("select session_id, lheo from publication_entry"
                + " where lheo is not null and lheo_deflate is null order by change_seq limit :limit for update skip locked")
                .setParameter("limit", limit).getResultList()).stream().map(r -> new Unsealed((UUID) r[0], (String) r[1])).toList();
    }

    /** Stores a fragment's deflated form, if the fragment is still the one it was made from. */
    public void seal(UUID sessionId, String lheo, byte[] deflated) {
        getEntityManager().createNativeQuery("update publication_entry set lheo_deflate = :deflated where session_id = :id and lheo = :lheo")
                .setParameter("deflated", deflated).setParameter("id", sessionId).setParameter("lheo", lheo).executeUpdate();
    }

    /**
     * Each live entry's stored JSON, in change order, up to change {@code upTo} included, handed to {@code each} as the
     * bytes PostgreSQL sent (UTF-8: no decoding into a String to encode it back) as the rows arrive: the driver fetches
     * {@code fetch} rows at a time, so the heap holds one batch however many there are. Runs in the caller's
     * transaction, which must stay open meanwhile.
     */
    public void live(long upTo, int fetch, java.util.function.Consumer<byte[]> each) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement(
                    "select cast(payload as text) from publication_entry where published and change_seq <= ? order by change_seq")) {
                statement.setFetchSize(fetch);
                statement.setLong(1, upTo);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(rows.getBytes(1));
                    }
                }
            }
        });
    }

    /** The last change number, for the feed's ETag. */
    public long lastChange() {
        Number last = (Number) getEntityManager().createNativeQuery("select coalesce(max(change_seq), 0) from publication_entry")
                .getSingleResult();
        return last.longValue();
    }
}
