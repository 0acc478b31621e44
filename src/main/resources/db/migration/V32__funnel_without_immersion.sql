-- Issue #25 (FAQ §6: the employer commits "a minima à accueillir le demandeur d'emploi en stage"): the funnel counts
-- the intentions received without an immersion step. They stay acceptable (advice EMPLOYER_INVOLVEMENT); the Region
-- reads how many there are. The tally of V30 gains the count; its functions are those of V30 with one more column.

-- No intention is written while the tally gains its column and is filled (its triggers would use the old functions).
lock table hiring_intention in share mode;

alter table funnel_tally add column without_immersion bigint not null default 0;
alter table funnel_delta add column without_immersion bigint not null default 0;

drop function funnel_contribution(hiring_intention, integer);
create function funnel_contribution(h hiring_intention, sign integer)
returns table (day date, sector varchar, department varchar, days numeric, received bigint, eligible bigint, covered bigint,
               fulfilled bigint, withdrawn bigint, started bigint, dropped_out bigint, hired bigint, positions bigint,
               without_immersion bigint)
language sql immutable as $$
    select (h.created_at at time zone 'Europe/Paris')::date, coalesce(h.request_sector, 'UNASSIGNED')::varchar,
           h.employer_department::varchar, round(h.decision_seconds / 86400.0, 1),
           sign::bigint,
           case when h.eligibility_outcome = 'ELIGIBLE' then sign else 0 end::bigint,
           case when h.status in ('COVERED', 'FULFILLED') then sign else 0 end::bigint,
           case when h.status = 'FULFILLED' then sign else 0 end::bigint,
           case when h.status = 'WITHDRAWN' then sign else 0 end::bigint,
           sign * h.paths_started::bigint, sign * h.paths_dropped_out::bigint, sign * h.paths_hired::bigint,
           sign * h.positions::bigint,
           -- IntentionEligibilityRules.hostsTheJobSeeker: the steps are stored comma-separated (HiringIntention)
           case when 'IMMERSION' = any(string_to_array(h.employer_involvement, ',')) then 0 else sign end::bigint
$$;

create or replace function funnel_intention_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into funnel_delta select c.* from new_rows n, funnel_contribution(n, 1) c;
    elsif tg_op = 'DELETE' then
        insert into funnel_delta select c.* from old_rows o, funnel_contribution(o, -1) c;
    else
        insert into funnel_delta
        select c.day, c.sector, c.department, c.days, sum(c.received), sum(c.eligible), sum(c.covered), sum(c.fulfilled),
               sum(c.withdrawn), sum(c.started), sum(c.dropped_out), sum(c.hired), sum(c.positions), sum(c.without_immersion)
          from (select c.* from old_rows o, funnel_contribution(o, -1) c
                union all
                select c.* from new_rows n, funnel_contribution(n, 1) c) c
         group by 1, 2, 3, 4
        having sum(c.received) <> 0 or sum(c.eligible) <> 0 or sum(c.covered) <> 0 or sum(c.fulfilled) <> 0
            or sum(c.withdrawn) <> 0 or sum(c.started) <> 0 or sum(c.dropped_out) <> 0 or sum(c.hired) <> 0
            or sum(c.positions) <> 0 or sum(c.without_immersion) <> 0;
    end if;
    return null;
end
$$;

create or replace function funnel_fold() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    perform pg_advisory_xact_lock(hashtextextended('ef:funnel-fold', 0));
    with moved as (delete from funnel_delta returning *),
    fine as (select day, sector, department, days, sum(received) as received, sum(eligible) as eligible,
                    sum(covered) as covered, sum(fulfilled) as fulfilled, sum(withdrawn) as withdrawn, sum(started) as started,
                    sum(dropped_out) as dropped_out, sum(hired) as hired, sum(positions) as positions,
                    sum(without_immersion) as without_immersion, count(*) as n
               from moved group by 1, 2, 3, 4),
    coarse as (select day, sector, department, sum(received) as received, sum(eligible) as eligible, sum(covered) as covered,
                      sum(fulfilled) as fulfilled, sum(withdrawn) as withdrawn, sum(started) as started,
                      sum(dropped_out) as dropped_out, sum(hired) as hired, sum(positions) as positions,
                      sum(without_immersion) as without_immersion,
                      coalesce(jsonb_object_agg(days::text, received) filter (where days is not null and received <> 0), '{}')
                          as decision_days,
                      sum(n) as n
                 from fine group by 1, 2, 3),
    written as (insert into funnel_tally as t (day, sector, department, received, eligible, covered, fulfilled, withdrawn,
                                               started, dropped_out, hired, positions, without_immersion, decision_days)
                select day, sector, department, received, eligible, covered, fulfilled, withdrawn, started, dropped_out, hired,
                       positions, without_immersion, decision_days from coarse
                on conflict (day, sector, department) do update
                   set received = t.received + excluded.received, eligible = t.eligible + excluded.eligible,
                       covered = t.covered + excluded.covered, fulfilled = t.fulfilled + excluded.fulfilled,
                       withdrawn = t.withdrawn + excluded.withdrawn, started = t.started + excluded.started,
                       dropped_out = t.dropped_out + excluded.dropped_out, hired = t.hired + excluded.hired,
                       positions = t.positions + excluded.positions,
                       without_immersion = t.without_immersion + excluded.without_immersion,
                       decision_days = funnel_merge(t.decision_days, excluded.decision_days)
                returning 1)
    select coalesce(sum(n), 0) into folded from coarse;
    delete from funnel_tally where received = 0 and started = 0 and dropped_out = 0 and hired = 0 and positions = 0
       and without_immersion = 0 and decision_days = '{}';
    return folded;
end
$$;

-- The count for the intentions already there: a difference carrying only it (no receipt, no decision time).
insert into funnel_delta (day, sector, department, days, received, eligible, covered, fulfilled, withdrawn, started,
                          dropped_out, hired, positions, without_immersion)
select c.day, c.sector, c.department, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(c.without_immersion)
  from hiring_intention h, funnel_contribution(h, 1) c
 where c.without_immersion <> 0
 group by 1, 2, 3;
select funnel_fold();
