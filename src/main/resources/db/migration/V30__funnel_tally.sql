-- Issue #22 (P5): the Region's funnel stops growing with the intentions. Its figures are kept as they change, by
-- triggers, in a tally of one row per day of receipt, sector and département (a year is some 3 650 rows whatever the
-- number of intentions), the decision times as a histogram in each row. Writers never touch a shared row: each write
-- appends its signed difference to funnel_delta (an insert, no lock to wait for), and the funnel's read folds the
-- differences into the tally first (funnel_fold(), one folder at a time), so the figures stay exact at every read.
-- The definitions are the funnel's (FunnelRepository, docs/statistics.md), in one place here: funnel_contribution().

-- What an intention's paths add to the funnel, kept on the intention by the path trigger below.
alter table hiring_intention add column paths_started integer not null default 0;
alter table hiring_intention add column paths_dropped_out integer not null default 0;
alter table hiring_intention add column paths_hired integer not null default 0;

update hiring_intention h
   set paths_started = p.started, paths_dropped_out = p.dropped_out, paths_hired = p.hired
  from (select intention_id,
               count(*) filter (where status in ('INTEGRATED', 'COMPLETED')
                                   or (status = 'DROPPED_OUT' and individual_hours is not null)) as started,
               count(*) filter (where status = 'DROPPED_OUT') as dropped_out,
               count(*) filter (where outcome = 'HIRED') as hired
          from training_path where intention_id is not null group by intention_id) p
 where p.intention_id = h.id;

-- One row per Region day of receipt, sector (of the request that last used the intention, UNASSIGNED if none),
-- département; decision_days: {"<days to the tenth>": intentions decided after that long}.
create table funnel_tally (
    day date not null,
    sector varchar(64) not null,
    department varchar(3) not null,
    received bigint not null,
    eligible bigint not null,
    covered bigint not null,
    fulfilled bigint not null,
    withdrawn bigint not null,
    started bigint not null,
    dropped_out bigint not null,
    hired bigint not null,
    positions bigint not null,
    decision_days jsonb not null default '{}',
    primary key (day, sector, department)
);

-- Signed differences not folded yet; days: the intention's decision time to the tenth of a day, null if undecided.
create table funnel_delta (
    day date not null,
    sector varchar(64) not null,
    department varchar(3) not null,
    days numeric,
    received bigint not null,
    eligible bigint not null,
    covered bigint not null,
    fulfilled bigint not null,
    withdrawn bigint not null,
    started bigint not null,
    dropped_out bigint not null,
    hired bigint not null,
    positions bigint not null
);

-- Sums two histograms, dropping the buckets that fall to zero.
create function funnel_merge(a jsonb, b jsonb) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(k, n) filter (where n <> 0), '{}')
      from (select k, sum(v::bigint) as n
              from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) both_sides(k, v)
             group by k) summed
$$;

-- Folds the differences written so far into the tally (the rows of running transactions stay for the next fold).
create function funnel_fold() returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    perform pg_advisory_xact_lock(hashtextextended('ef:funnel-fold', 0));
    with moved as (delete from funnel_delta returning *),
    fine as (select day, sector, department, days, sum(received) as received, sum(eligible) as eligible,
                    sum(covered) as covered, sum(fulfilled) as fulfilled, sum(withdrawn) as withdrawn, sum(started) as started,
                    sum(dropped_out) as dropped_out, sum(hired) as hired, sum(positions) as positions, count(*) as n
               from moved group by 1, 2, 3, 4),
    coarse as (select day, sector, department, sum(received) as received, sum(eligible) as eligible, sum(covered) as covered,
                      sum(fulfilled) as fulfilled, sum(withdrawn) as withdrawn, sum(started) as started,
                      sum(dropped_out) as dropped_out, sum(hired) as hired, sum(positions) as positions,
                      coalesce(jsonb_object_agg(days::text, received) filter (where days is not null and received <> 0), '{}')
                          as decision_days,
                      sum(n) as n
                 from fine group by 1, 2, 3),
    written as (insert into funnel_tally as t (day, sector, department, received, eligible, covered, fulfilled, withdrawn,
                                               started, dropped_out, hired, positions, decision_days)
                select day, sector, department, received, eligible, covered, fulfilled, withdrawn, started, dropped_out, hired,
                       positions, decision_days from coarse
                on conflict (day, sector, department) do update
                   set received = t.received + excluded.received, eligible = t.eligible + excluded.eligible,
                       covered = t.covered + excluded.covered, fulfilled = t.fulfilled + excluded.fulfilled,
                       withdrawn = t.withdrawn + excluded.withdrawn, started = t.started + excluded.started,
                       dropped_out = t.dropped_out + excluded.dropped_out, hired = t.hired + excluded.hired,
                       positions = t.positions + excluded.positions,
                       decision_days = funnel_merge(t.decision_days, excluded.decision_days)
                returning 1)
    select coalesce(sum(n), 0) into folded from coarse;
    delete from funnel_tally where received = 0 and started = 0 and dropped_out = 0 and hired = 0 and positions = 0
       and decision_days = '{}';
    return folded;
end
$$;

-- An intention's contribution (sign 1) or its withdrawal (sign -1), as funnel_delta's columns.
create function funnel_contribution(h hiring_intention, sign integer)
returns table (day date, sector varchar, department varchar, days numeric, received bigint, eligible bigint, covered bigint,
               fulfilled bigint, withdrawn bigint, started bigint, dropped_out bigint, hired bigint, positions bigint)
language sql immutable as $$
    select (h.created_at at time zone 'Europe/Paris')::date, coalesce(h.request_sector, 'UNASSIGNED')::varchar,
           h.employer_department::varchar, round(h.decision_seconds / 86400.0, 1),
           sign::bigint,
           case when h.eligibility_outcome = 'ELIGIBLE' then sign else 0 end::bigint,
           case when h.status in ('COVERED', 'FULFILLED') then sign else 0 end::bigint,
           case when h.status = 'FULFILLED' then sign else 0 end::bigint,
           case when h.status = 'WITHDRAWN' then sign else 0 end::bigint,
           sign * h.paths_started::bigint, sign * h.paths_dropped_out::bigint, sign * h.paths_hired::bigint,
           sign * h.positions::bigint
$$;

create function funnel_intention_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into funnel_delta select c.* from new_rows n, funnel_contribution(n, 1) c;
    elsif tg_op = 'DELETE' then
        insert into funnel_delta select c.* from old_rows o, funnel_contribution(o, -1) c;
    else
        insert into funnel_delta
        select c.day, c.sector, c.department, c.days, sum(c.received), sum(c.eligible), sum(c.covered), sum(c.fulfilled),
               sum(c.withdrawn), sum(c.started), sum(c.dropped_out), sum(c.hired), sum(c.positions)
          from (select c.* from old_rows o, funnel_contribution(o, -1) c
                union all
                select c.* from new_rows n, funnel_contribution(n, 1) c) c
         group by 1, 2, 3, 4
        having sum(c.received) <> 0 or sum(c.eligible) <> 0 or sum(c.covered) <> 0 or sum(c.fulfilled) <> 0
            or sum(c.withdrawn) <> 0 or sum(c.started) <> 0 or sum(c.dropped_out) <> 0 or sum(c.hired) <> 0
            or sum(c.positions) <> 0;
    end if;
    return null;
end
$$;

create trigger funnel_intention_inserted after insert on hiring_intention
    referencing new table as new_rows for each statement execute function funnel_intention_changed();
create trigger funnel_intention_updated after update on hiring_intention
    referencing old table as old_rows new table as new_rows for each statement execute function funnel_intention_changed();
create trigger funnel_intention_deleted after delete on hiring_intention
    referencing old table as old_rows for each statement execute function funnel_intention_changed();

-- A path's counts go onto its intention (whose trigger then writes the difference). A path write already holds its
-- intention's row lock (IntentionLedger.lock, positioning; the hire), or changes no count (completion keeps a started
-- path started), so this update adds no lock order of its own.
create function funnel_path_counts(p training_path, sign integer, out intention_id uuid, out started integer,
                                   out dropped_out integer, out hired integer)
language sql immutable as $$
    select p.intention_id,
           case when p.status in ('INTEGRATED', 'COMPLETED') or (p.status = 'DROPPED_OUT' and p.individual_hours is not null)
                then sign else 0 end,
           case when p.status = 'DROPPED_OUT' then sign else 0 end,
           case when p.outcome = 'HIRED' then sign else 0 end
$$;

create function funnel_path_changed() returns trigger language plpgsql as $$
begin
    -- each branch names only the transition tables its event has
    if tg_op = 'INSERT' then
        update hiring_intention h
           set paths_started = h.paths_started + d.started, paths_dropped_out = h.paths_dropped_out + d.dropped_out,
               paths_hired = h.paths_hired + d.hired
          from (select c.intention_id, sum(c.started) as started, sum(c.dropped_out) as dropped_out, sum(c.hired) as hired
                  from (select c.* from new_rows n, funnel_path_counts(n, 1) c) c
                 where c.intention_id is not null
                 group by c.intention_id
                having sum(c.started) <> 0 or sum(c.dropped_out) <> 0 or sum(c.hired) <> 0) d
         where h.id = d.intention_id;
    elsif tg_op = 'DELETE' then
        update hiring_intention h
           set paths_started = h.paths_started + d.started, paths_dropped_out = h.paths_dropped_out + d.dropped_out,
               paths_hired = h.paths_hired + d.hired
          from (select c.intention_id, sum(c.started) as started, sum(c.dropped_out) as dropped_out, sum(c.hired) as hired
                  from (select c.* from old_rows o, funnel_path_counts(o, -1) c) c
                 where c.intention_id is not null
                 group by c.intention_id
                having sum(c.started) <> 0 or sum(c.dropped_out) <> 0 or sum(c.hired) <> 0) d
         where h.id = d.intention_id;
    else
        update hiring_intention h
           set paths_started = h.paths_started + d.started, paths_dropped_out = h.paths_dropped_out + d.dropped_out,
               paths_hired = h.paths_hired + d.hired
          from (select c.intention_id, sum(c.started) as started, sum(c.dropped_out) as dropped_out, sum(c.hired) as hired
                  from (select c.* from old_rows o, funnel_path_counts(o, -1) c union all select c.* from new_rows n, funnel_path_counts(n, 1) c) c
                 where c.intention_id is not null
                 group by c.intention_id
                having sum(c.started) <> 0 or sum(c.dropped_out) <> 0 or sum(c.hired) <> 0) d
         where h.id = d.intention_id;
    end if;
    return null;
end
$$;

create trigger funnel_path_inserted after insert on training_path
    referencing new table as new_rows for each statement execute function funnel_path_changed();
create trigger funnel_path_updated after update on training_path
    referencing old table as old_rows new table as new_rows for each statement execute function funnel_path_changed();
create trigger funnel_path_deleted after delete on training_path
    referencing old table as old_rows for each statement execute function funnel_path_changed();

-- The tally of what is already there; the funnel's covering index is no longer read (one index less per intake).
insert into funnel_delta select c.* from hiring_intention h, funnel_contribution(h, 1) c;
select funnel_fold();
drop index hiring_intention_funnel_idx;
