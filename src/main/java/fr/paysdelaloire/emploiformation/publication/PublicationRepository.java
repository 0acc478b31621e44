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

    /** A live entry: whether it has a fragment, and (none stored, before V29) its JSON. */
    public record Exportable(long changeSeq, boolean fragment, String payload) {
    }

    /** Live entries after a change number, in change order: whether each has a fragment, the JSON only when it has none. */
    @SuppressWarnings("unchecked")
    public List<Exportable> exportable(long after, String employerSiret, int limit) {
        String sql = "select change_seq, lheo is not null, case when lheo is null then cast(payload as text) end from publication_entry"
                + " where published and change_seq > :after"
                + (employerSiret == null ? "" : " and :employer = any(employer_sirets)") + " order by change_seq limit :limit";
        var query = getEntityManager().createNativeQuery(sql).setParameter("after", after).setParameter("limit", limit);
        if (employerSiret != null) {
            query.setParameter("employer", employerSiret);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Exportable(((Number) r[0]).longValue(), (Boolean) r[1], (String) r[2])).toList();
    }

    /** One live entry as the export reads it. */
    @FunctionalInterface
    public interface ExportRow {
        /**
         * Its fragment deflated (gzip asked for, and stored with the public aimed at now set), else its fragment's UTF-8
         * bytes (the public aimed at put in when not for gzip, its mark left for gzip), else (none stored, before V29) its JSON.
         */
        void accept(byte[] deflated, byte[] fragment, String payload) throws java.io.IOException, javax.xml.stream.XMLStreamException;
    }

    /**
     * Every live entry in change order, handed to {@code each} as the rows arrive: the driver fetches {@code fetch} rows
     * at a time, in binary (bytea as it is stored, text as its UTF-8 bytes), so the heap holds one batch however many
     * there are. Runs in the caller's transaction, which must stay open meanwhile.
     */
    public void export(String employerSiret, boolean deflated, String publicViseCode, int fetch, ExportRow each) {
        // a deflated fragment made under another public aimed at is not used: the fragment is, deflated again
        String sql = "select " + (deflated ? "case when lheo_deflate_code = ? then lheo_deflate end,"
                + " case when lheo_deflate is null or lheo_deflate_code <> ? then lheo end" : "null::bytea, replace(lheo, ?, ?)")
                + ", case when lheo is null then cast(payload as text) end from publication_entry where published"
                + (employerSiret == null ? "" : " and ? = any(employer_sirets)") + " order by change_seq";
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1); // binary results from the first
                statement.setFetchSize(fetch);
                int place = 1;
                if (deflated) {
                    statement.setString(place++, publicViseCode);
                    statement.setString(place++, publicViseCode);
                } else {
                    statement.setString(place++, LheoWriter.PUBLIC_VISE_MARK);
                    statement.setString(place++, publicViseCode);
                }
                if (employerSiret != null) {
                    statement.setString(place, employerSiret);
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(rows.getBytes(1), rows.getBytes(2), rows.getString(3));
                    }
                }
            } catch (java.io.IOException | javax.xml.stream.XMLStreamException e) {
                throw new IllegalStateException("LHEO export failed", e);
            }
        });
    }

    /** A fragment stored with no deflated form (published before V31, or under another public aimed at). */
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

    /** Published entries written in an older representation than today's (V33), oldest change first, locked. */
    @SuppressWarnings("unchecked")
    public List<UUID> outdated(int limit) {
        return ((List<UUID>) getEntityManager().createNativeQuery("select session_id from publication_entry"
                + " where published and representation < :current order by change_seq limit :limit for update skip locked", UUID.class)
                .setParameter("current", PublicationEntry.REPRESENTATION).setParameter("limit", limit).getResultList());
    }

    /** Stores a fragment's deflated form and the public aimed at it carries, if the fragment is still the one it was made from. */
    public void seal(UUID sessionId, String lheo, byte[] deflated, String publicViseCode) {
        getEntityManager().createNativeQuery("update publication_entry set lheo_deflate = :deflated, lheo_deflate_code = :code"
                + " where session_id = :id and lheo = :lheo")
                .setParameter("deflated", deflated).setParameter("code", publicViseCode).setParameter("id", sessionId)
                .setParameter("lheo", lheo).executeUpdate();
    }

    /** Forgets the deflated fragments made under another public aimed at (the setting changed); how many. */
    public int forgetSealedWithAnotherCode(String publicViseCode) {
        return getEntityManager().createNativeQuery("update publication_entry set lheo_deflate = null, lheo_deflate_code = null"
                + " where lheo_deflate_code <> :code").setParameter("code", publicViseCode).executeUpdate();
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
