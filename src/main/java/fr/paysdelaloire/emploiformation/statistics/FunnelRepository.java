package fr.paysdelaloire.emploiformation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The funnel in one SQL statement: one pass over the intentions received in the period, joined to their
 * session request and their paths, aggregated by grouping sets (everything, sector, département, month).
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

    public List<Grouped> funnel(OffsetDateTime from, OffsetDateTime until, String sector, String department) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                with cohort as (
                    select h.id, h.status, h.eligibility_outcome, h.employer_department as department,
                           coalesce(r.training_sector, 'UNASSIGNED') as sector,
                           to_char(h.created_at at time zone 'Europe/Paris', 'YYYY-MM') as month,
                           case when r.decided_at is not null and r.first_submitted_at is not null
                                then extract(epoch from (r.decided_at - r.first_submitted_at)) / 86400.0 end as decision_days
                    from hiring_intention h
                    left join session_request_intention l on l.intention_id = h.id
                    left join session_request r on r.id = l.session_request_id
                    where h.created_at >= :from and h.created_at < :until
                      and (cast(:department as text) is null or h.employer_department = cast(:department as text))
                      and (cast(:sector as text) is null or coalesce(r.training_sector, 'UNASSIGNED') = cast(:sector as text))),
                paths as (
                    select p.intention_id,
                           count(*) filter (where p.status in ('INTEGRATED', 'COMPLETED')
                                               or (p.status = 'DROPPED_OUT' and p.individual_hours is not null)) as started,
                           count(*) filter (where p.status = 'DROPPED_OUT') as dropped_out,
                           count(*) filter (where p.outcome = 'HIRED') as hired
                    from training_path p
                    where p.intention_id in (select id from cohort)
                    group by p.intention_id)
                select grouping(c.sector) = 0, grouping(c.department) = 0, grouping(c.month) = 0, c.sector, c.department, c.month,
                       count(*),
                       count(*) filter (where c.eligibility_outcome = 'ELIGIBLE'),
                       count(*) filter (where c.status in ('COVERED', 'FULFILLED')),
                       count(*) filter (where c.status = 'FULFILLED'),
                       count(*) filter (where c.status = 'WITHDRAWN'),
                       count(c.decision_days),
                       percentile_cont(0.5) within group (order by c.decision_days),
                       percentile_cont(0.9) within group (order by c.decision_days),
                       coalesce(sum(p.started), 0), coalesce(sum(p.dropped_out), 0), coalesce(sum(p.hired), 0)
                from cohort c left join paths p on p.intention_id = c.id
                group by grouping sets ((), (c.sector), (c.department), (c.month))
                order by 1, 2, 3, 4, 5, 6""")
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("sector", sector)
                .setParameter("department", department)
                .getResultList();
        return rows.stream().map(FunnelRepository::grouped).toList();
    }

    private static Grouped grouped(Object[] r) {
        Grouping grouping = Boolean.TRUE.equals(r[0]) ? Grouping.SECTOR : Boolean.TRUE.equals(r[1]) ? Grouping.DEPARTMENT
                : Boolean.TRUE.equals(r[2]) ? Grouping.MONTH : Grouping.TOTAL;
        long received = count(r[6]);
        long withdrawn = count(r[10]);
        FunnelRow row = new FunnelRow((String) r[3], (String) r[4], (String) r[5], received, count(r[7]), count(r[8]), count(r[9]),
                withdrawn, received == 0 ? null : round(withdrawn / (double) received, 4), count(r[11]), days(r[12]), days(r[13]),
                count(r[14]), count(r[15]), count(r[16]));
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
}
