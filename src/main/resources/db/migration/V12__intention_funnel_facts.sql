-- The engagement funnel (GET /api/v1/statistics/funnel) reads one table: each intention carries the sector of the
-- session request that last used it and how long that request waited for the Region's decision, written by the
-- intention ledger when the request is created, corrected, authorised or rejected. Joining 1M intentions to their
-- requests took 1.5 s of the 6.3 s the first version of the funnel took (docs/performance.md, P5).
alter table hiring_intention add column request_sector varchar(64);
alter table hiring_intention add column decision_seconds bigint check (decision_seconds >= 0);

update hiring_intention h
set request_sector = r.training_sector,
    decision_seconds = case when r.decided_at is not null and r.first_submitted_at is not null
                            then extract(epoch from (r.decided_at - r.first_submitted_at))::bigint end
from session_request_intention l join session_request r on r.id = l.session_request_id
where l.intention_id = h.id;

-- Covering: the funnel over a period is an index-only scan.
create index hiring_intention_funnel_idx on hiring_intention (created_at)
    include (id, employer_department, status, eligibility_outcome, request_sector, decision_seconds);
