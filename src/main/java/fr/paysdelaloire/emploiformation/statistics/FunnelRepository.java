package fr.paysdelaloire.emploiformation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The funnel read from its tally (V30, issue #22 P5): triggers keep one row per day of receipt, sector and département
 * as intentions and paths change, writing signed differences that the read folds in first; the read sums the period's
 * rows ({@link FunnelTally}). Its cost follows the period's days, not the number of intentions.
 */
@ApplicationScoped
public class FunnelRepository {

    /** A row and the grouping it belongs to. */
    public record Grouped(Grouping grouping, FunnelRow row) {
    }

    public enum Grouping {
        TOTAL, SECTOR, DEPARTMENT, MONTH
    }

    static final String UNASSIGNED = "UNASSIGNED";

    @Inject
    EntityManager entityManager;

    /**
     * The funnel of the intentions received from {@code from} to {@code to} (Region days, both included), optionally
     * of one sector and one département. The differences written since the last read are folded in first (one folder
     * at a time; those of transactions still running wait for the next read), so the figures are those of every
     * committed change.
     */
    public List<Grouped> funnel(LocalDate from, LocalDate to, String sector, String department) {
        entityManager.createNativeQuery("select funnel_fold()").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select day, sector, department, received, eligible, covered, fulfilled, withdrawn, started, dropped_out, hired,
                       positions, decision_days::text, without_immersion
                from funnel_tally
                where day between :from and :to
                  and (cast(:sector as text) is null or sector = cast(:sector as text))
                  and (cast(:department as text) is null or department = cast(:department as text))""")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("sector", sector)
                .setParameter("department", department)
                .getResultList();
        return FunnelTally.group(rows.stream().map(FunnelRepository::tallied).toList());
    }

    private static FunnelTally.Row tallied(Object[] r) {
        Histogram decisions = histogram((String) r[12]);
        return new FunnelTally.Row(r[0] instanceof LocalDate day ? day : ((java.sql.Date) r[0]).toLocalDate(), (String) r[1],
                (String) r[2], count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9]),
                count(r[10]), count(r[11]), count(r[13]), decisions.tenths(), decisions.counts());
    }

    /** A row's decision times: delays in tenths of a day, and how many intentions waited each. */
    record Histogram(int[] tenths, long[] counts) {
    }

    /** {"12.5": 3, …} → 125 → 3, read as a stream of tokens (some 150 pairs a row, 3 650 rows a year). */
    static Histogram histogram(String json) {
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(json)) {
            int[] tenths = new int[16];
            long[] counts = new long[16];
            int n = 0;
            parser.nextToken(); // {
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String days = parser.currentName();
                parser.nextToken();
                if (n == tenths.length) {
                    tenths = java.util.Arrays.copyOf(tenths, n * 2);
                    counts = java.util.Arrays.copyOf(counts, n * 2);
                }
                tenths[n] = tenths(days);
                counts[n++] = parser.getLongValue();
            }
            return new Histogram(java.util.Arrays.copyOf(tenths, n), java.util.Arrays.copyOf(counts, n));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("funnel_tally.decision_days is not JSON", e);
        }
    }

    /** "12.5" → 125 (the tally writes one decimal). */
    static int tenths(String days) {
        int dot = days.length() - 2;
        if (dot > 0 && days.charAt(dot) == '.') {
            return Integer.parseInt(days.substring(0, dot)) * 10 + Character.digit(days.charAt(dot + 1), 10);
        }
        return new BigDecimal(days).movePointRight(1).intValueExact();
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The open needs nobody answered (issue #21, {@code OpenNeedRules#unanswered} in SQL): no training body yet, not
     * withdrawn nor fulfilled, raised at or before {@code raisedBy}, no proposal ever; by sector and département.
     */
    public List<UnansweredNeeds.Row> unansweredNeeds(OffsetDateTime raisedBy, String sector, String department) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select coalesce(h.job_sector, 'NONE'), h.employer_department, count(*), sum(h.positions), min(h.created_at)
                from hiring_intention h
                where h.training_body_siret is null and h.status not in ('WITHDRAWN', 'FULFILLED')
                  and h.created_at <= :raisedBy
                  and not exists (select 1 from need_proposal p where p.intention_id = h.id)
                  and (cast(:sector as text) is null or coalesce(h.job_sector, 'NONE') = cast(:sector as text))
                  and (cast(:department as text) is null or h.employer_department = cast(:department as text))
                group by 1, 2
                order by 3 desc, 1, 2""")
                .setParameter("raisedBy", raisedBy).setParameter("sector", sector).setParameter("department", department)
                .getResultList();
        return rows.stream().map(r -> new UnansweredNeeds.Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), fr.paysdelaloire.emploiformation.api.SqlValues.utc(r[4]))).toList();
    }
}
