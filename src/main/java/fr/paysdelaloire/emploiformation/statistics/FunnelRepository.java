package fr.paysdelaloire.emploiformation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The funnel in one SQL statement: one pass over the intentions received in the period (which carry their
 * request's sector and time to decision, see V12) and their paths, summed by everything, sector, département and
 * month of receipt.
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
     * The funnel of the intentions received in [from, until). First a hash aggregate at the finest grain (sector,
     * département, month, days to decision to the tenth of a day), the paths counted apart on the same grain; then the
     * four groupings are summed from those few rows, and the percentiles read off their histograms (interpolated as
     * percentile_cont does). Sorting the intentions themselves for percentile_cont over grouping sets took 2.2 s at
     * 1M (docs/performance.md, P5).
     */
    public List<Grouped> funnel(OffsetDateTime from, OffsetDateTime until, String sector, String department) {
        // For this statement only (measured at 1M intentions, docs/performance.md P5): JIT compiling costs more than it
        // saves; the planner over-estimates the finest groups and sorts a million rows (1.4 s) where hashing them takes
        // 0.5 s; and it keeps the scan serial unless parallel workers look cheap (0.8 s with two instead of 1.05 s).
        for (String setting : List.of("jit = off", "work_mem = '32MB'", "enable_sort = off", "parallel_setup_cost = 0",
                "parallel_tuple_cost = 0")) {
            entityManager.createNativeQuery("set local " + setting).executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                with fine as (
                    select coalesce(h.request_sector, 'UNASSIGNED') as sector, h.employer_department as department,
                           date_trunc('month', h.created_at at time zone 'Europe/Paris') as month,
                           round(h.decision_seconds / 86400.0, 1) as days,
                           count(*) as received,
                           count(*) filter (where h.eligibility_outcome = 'ELIGIBLE') as eligible,
                           count(*) filter (where h.status in ('COVERED', 'FULFILLED')) as covered,
                           count(*) filter (where h.status = 'FULFILLED') as fulfilled,
                           count(*) filter (where h.status = 'WITHDRAWN') as withdrawn,
                           0 as started, 0 as dropped_out, 0 as hired, sum(h.positions) as positions
                    from hiring_intention h
                    where h.created_at >= :from and h.created_at < :until
                      and (cast(:department as text) is null or h.employer_department = cast(:department as text))
                      and (cast(:sector as text) is null or coalesce(h.request_sector, 'UNASSIGNED') = cast(:sector as text))
                    group by 1, 2, 3, 4
                    union all
                    select coalesce(h.request_sector, 'UNASSIGNED'), h.employer_department,
                           date_trunc('month', h.created_at at time zone 'Europe/Paris'), null, 0, 0, 0, 0, 0,
                           count(*) filter (where p.status in ('INTEGRATED', 'COMPLETED')
                                               or (p.status = 'DROPPED_OUT' and p.individual_hours is not null)),
                           count(*) filter (where p.status = 'DROPPED_OUT'),
                           count(*) filter (where p.outcome = 'HIRED'), 0
                    from training_path p join hiring_intention h on h.id = p.intention_id
                    where h.created_at >= :from and h.created_at < :until
                      and (cast(:department as text) is null or h.employer_department = cast(:department as text))
                      and (cast(:sector as text) is null or coalesce(h.request_sector, 'UNASSIGNED') = cast(:sector as text))
                    group by 1, 2, 3),
                sets as (
                    select g.grouping, case when g.grouping = 1 then f.sector end as sector,
                           case when g.grouping = 2 then f.department end as department,
                           case when g.grouping = 3 then to_char(f.month, 'YYYY-MM') end as month,
                           f.days, f.received, f.eligible, f.covered, f.fulfilled, f.withdrawn, f.started, f.dropped_out, f.hired,
                           f.positions
                    from (select * from fine union all
                          select null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0 where not exists (select 1 from fine)) f
                    cross join (values (0), (1), (2), (3)) as g(grouping)
                    where g.grouping = 0 or f.sector is not null), -- the placeholder of an empty period only makes the total
                figures as (
                    select grouping, sector, department, month, sum(received) as received, sum(eligible) as eligible,
                           sum(covered) as covered, sum(fulfilled) as fulfilled, sum(withdrawn) as withdrawn,
                           coalesce(sum(received) filter (where days is not null), 0) as decided,
                           sum(started) as started, sum(dropped_out) as dropped_out, sum(hired) as hired,
                           sum(positions) as positions
                    from sets group by 1, 2, 3, 4),
                histogram as (
                    select grouping, sector, department, month, days, sum(received) as n
                    from sets where days is not null group by 1, 2, 3, 4, 5),
                positions as (
                    select h.*, sum(h.n) over w - h.n as below, q.p,
                           q.p * (sum(h.n) over (partition by h.grouping, h.sector, h.department, h.month, q.p) - 1) as pos
                    from histogram h cross join (values (0.5), (0.9)) as q(p)
                    window w as (partition by h.grouping, h.sector, h.department, h.month, q.p order by h.days)),
                percentiles as (
                    select grouping, sector, department, month, p,
                           max(days) filter (where below <= floor(pos) and floor(pos) < below + n) as low,
                           max(days) filter (where below <= ceil(pos) and ceil(pos) < below + n) as high,
                           max(pos - floor(pos)) as fraction
                    from positions group by 1, 2, 3, 4, 5)
                select f.grouping, f.sector, f.department, f.month, f.received, f.eligible, f.covered, f.fulfilled, f.withdrawn,
                       f.decided, m.low + m.fraction * (m.high - m.low), n.low + n.fraction * (n.high - n.low),
                       f.started, f.dropped_out, f.hired, f.positions
                from figures f
                left join percentiles m on m.p = 0.5 and m.grouping = f.grouping and m.sector is not distinct from f.sector
                     and m.department is not distinct from f.department and m.month is not distinct from f.month
                left join percentiles n on n.p = 0.9 and n.grouping = f.grouping and n.sector is not distinct from f.sector
                     and n.department is not distinct from f.department and n.month is not distinct from f.month
                order by f.grouping, f.sector, f.department, f.month""")
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("sector", sector)
                .setParameter("department", department)
                .getResultList();
        return rows.stream().map(FunnelRepository::grouped).toList();
    }

    private static Grouped grouped(Object[] r) {
        Grouping grouping = Grouping.values()[((Number) r[0]).intValue()];
        long received = count(r[4]);
        long withdrawn = count(r[8]);
        FunnelRow row = new FunnelRow((String) r[1], (String) r[2], (String) r[3], received, count(r[5]), count(r[6]), count(r[7]),
                withdrawn, received == 0 ? null : round(withdrawn / (double) received, 4), count(r[9]), days(r[10]), days(r[11]),
                count(r[12]), count(r[13]), count(r[14]), count(r[15]));
        return new Grouped(grouping, row);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double days(Object value) {
        return value == null ? null : round(((Number) value).doubleValue(), 1);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
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
