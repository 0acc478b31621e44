-- Fills the database up to :intentions hiring intentions and :sessions publishable sessions by cloning, in SQL,
-- the template rows that scripts/bench/seed.sh wrote through the API (each clone is the application's own row
-- with its identifiers, dates and status overridden through jsonb_populate_record, so no column is forgotten
-- when the schema grows). Idempotent: it only adds what is missing. Run with
--   psql -v intentions=1000000 -v sessions=100000 -f generate.sql
-- Volumes besides: session requests in every other state (half as many as the publishable ones), a purchase
-- order per authorised request, a tombstone per completed or cancelled one, a candidate and a training path per
-- twenty intentions, one history row per intention. Bulk load: the plain indexes of the tables it fills are
-- dropped first and built again at the end, from their own definitions (constraints stay).
\set ON_ERROR_STOP on
set synchronous_commit = off;

create temp table bench_index as
select indexname, indexdef from pg_indexes i
where schemaname = 'public' and tablename in ('hiring_intention', 'hiring_intention_history', 'session_request',
    'publication_entry', 'training_path', 'candidate', 'purchase_order')
  and indexdef not like 'CREATE UNIQUE%' and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select format('drop index %I', indexname) from bench_index \gexec

select id as template_intention from hiring_intention where external_id = 'bench-template-published-1' \gset
select session_id as template_request from publication_entry where payload ->> 'title' = 'Maçon - session published' \gset

-- Hiring intentions: 70 % sent by the platform, 30 % recorded by training bodies; statuses spread as a live
-- scheme would have them; created over the last 365 days.
with base as (select coalesce(max((regexp_match(external_id, '^bench-(\d+)$'))[1]::bigint), 0) as done
              from hiring_intention where external_id ~ '^bench-\d+$'),
     n as (select g from base, generate_series(base.done + 1, :intentions - (select count(*) from hiring_intention where external_id !~ '^bench-\d+$')) g)
insert into hiring_intention
select r.*
from n, hiring_intention t,
     lateral jsonb_populate_record(null::hiring_intention, to_jsonb(t) || jsonb_build_object(
    'id', md5('intention-' || g)::uuid,
    'sender', case when g % 10 < 7 then 'employer-platform:nosemplois' else 'training-body:' || lpad((g % 500)::text, 14, '4') end,
    'external_id', 'bench-' || g,
    'employer_siret', lpad((g * 7919 % 99999999999)::text, 14, '3'),
    'training_body_siret', case when g % 10 < 7 then '73866205898790' else lpad((g % 500)::text, 14, '4') end,
    'employer_department', (array['44', '49', '53', '72', '85'])[1 + g % 5],
    'status', (array['ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'AWAITING_DEROGATION',
        'INELIGIBLE', 'ATTACHED', 'ATTACHED', 'COVERED', 'COVERED', 'COVERED', 'COVERED', 'FULFILLED', 'FULFILLED',
        'FULFILLED', 'WITHDRAWN', 'WITHDRAWN', 'ELIGIBLE'])[1 + g % 20],
    'request_sector', case when g % 20 between 8 and 16 then 'CONSTRUCTION' end,
    'decision_seconds', case when g % 20 between 10 and 16 then (12 + g % 480) * 3600 end,
    -- no path yet (the paths below count themselves onto their intentions, V30)
    'paths_started', 0, 'paths_dropped_out', 0, 'paths_hired', 0,
    'created_at', now() - make_interval(secs => (g * 7919 % 31536000)),
    'updated_at', now() - make_interval(secs => (g * 7919 % 31536000)) + make_interval(secs => g % 86400),
    'last_status_change_at', now() - make_interval(secs => (g * 7919 % 31536000)) + make_interval(secs => g % 86400))) r
where t.id = :'template_intention';

insert into hiring_intention_history (intention_id, from_status, to_status, actor, at)
select h.id, null, h.status, h.sender, h.created_at from hiring_intention h
where h.external_id ~ '^bench-\d+$' and not exists (select 1 from hiring_intention_history x where x.intention_id = h.id);

-- Session requests: :sessions publishable (authorised or started) and half as many in the other states.
create temp table wanted_request as
select g, md5('request-' || g)::uuid as id,
       case when g <= :sessions then (array['AUTHORISED', 'AUTHORISED', 'STARTED'])[1 + g % 3]
            else (array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED', 'REJECTED', 'WITHDRAWN',
                        'COMPLETED', 'CANCELLED'])[1 + g % 8] end as status
from generate_series(1, :sessions + :sessions / 2) g;
delete from wanted_request w where exists (select 1 from session_request s where s.id = w.id);

insert into session_request
select r.*
from wanted_request w, session_request t,
     lateral jsonb_populate_record(null::session_request, to_jsonb(t) || jsonb_build_object(
    'id', w.id, 'status', w.status, 'title', 'Session ' || w.g,
    'created_at', now() - make_interval(secs => (w.g * 7919 % 31536000)),
    'updated_at', now() - make_interval(secs => (w.g * 7919 % 31536000)) + interval '3 days',
    'last_status_change_at', now() - make_interval(secs => (w.g * 7919 % 31536000)) + interval '3 days',
    'first_submitted_at', case when w.status = 'DRAFT' then null else now() - make_interval(secs => (w.g * 7919 % 31536000)) end,
    'decided_at', case when w.status in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED', 'REJECTED')
        then now() - make_interval(secs => (w.g * 7919 % 31536000)) + make_interval(hours => 12 + w.g % 480) end)) r
where t.id = :'template_request';

-- The intentions a request uses (attached, covered, fulfilled: 45 %), spread over the requests. Their request's sector
-- and wait for a decision (12 h to 20 days) are set in the clone above, as the intention ledger writes them.
insert into session_request_intention (session_request_id, intention_id)
select md5('request-' || r.g)::uuid, h.id
from hiring_intention h
cross join lateral (select 1 + (abs(hashtext(h.id::text)) % (:sessions + :sessions / 2)) as g) r
where h.external_id ~ '^bench-\d+$' and h.status in ('ATTACHED', 'COVERED', 'FULFILLED')
  and exists (select 1 from session_request s where s.id = md5('request-' || r.g)::uuid)
on conflict do nothing;

insert into purchase_order
select r.*
from wanted_request w, purchase_order t,
     lateral jsonb_populate_record(null::purchase_order, to_jsonb(t) || jsonb_build_object(
    'id', md5('order-' || w.g)::uuid, 'number', 'BENCH-' || w.g, 'session_request_id', w.id,
    'status', case when w.status = 'CANCELLED' then 'CANCELLED' else 'ISSUED' end)) r
where t.session_request_id = :'template_request' and w.status in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED');
insert into purchase_order_session (purchase_order_id, session_request_id)
select md5('order-' || w.g)::uuid, w.id from wanted_request w where w.status in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED');

-- Publication: the publishable ones live; the completed and cancelled ones were published once, now tombstones.
insert into publication_entry (session_id, change_seq, published, deleted_at, employer_sirets, payload, updated_at, lheo)
select w.id, nextval('publication_change_seq'), w.status in ('AUTHORISED', 'STARTED'),
       case when w.status in ('COMPLETED', 'CANCELLED') then now() end, t.employer_sirets,
       jsonb_set(jsonb_set(t.payload, '{id}', to_jsonb(w.id::text)), '{title}', to_jsonb('Session ' || w.g)), now(),
       -- the fragment the application rendered at publication, with this session's id and title (V29)
       case when w.status in ('AUTHORISED', 'STARTED')
            then replace(replace(t.lheo, t.session_id::text, w.id::text), t.payload ->> 'title', 'Session ' || w.g) end
from wanted_request w, publication_entry t
where t.session_id = :'template_request' and w.status in ('AUTHORISED', 'STARTED', 'COMPLETED', 'CANCELLED')
order by w.g;

-- Candidates and their paths in started sessions: one per twenty intentions.
with n as (select g from generate_series(1, :intentions / 20) g
           where not exists (select 1 from candidate c where c.id = md5('candidate-' || g)::uuid))
insert into candidate (id, france_travail_id, first_name, last_name, department, situation, business_creation_project,
                       created_by, content_hash, status, validated_by, validated_at, created_at, updated_at)
select md5('candidate-' || g)::uuid, lpad(g::text, 10, '0') || 'X', 'Prénom', 'Nom', '44', 'JOB_SEEKER', false,
       'validator:france-travail-pdl', md5(g::text), 'VALIDATED', 'validator:france-travail-pdl', now(), now(), now()
from n;
insert into training_path (id, session_request_id, intention_id, candidate_id, status, created_by, created_at, updated_at)
select md5('path-' || g)::uuid, md5('request-' || (3 * (g % greatest(:sessions / 3, 1)) + 2))::uuid,
       md5('intention-' || g)::uuid, md5('candidate-' || g)::uuid,
       (array['POSITIONED', 'INTEGRATED', 'INTEGRATED', 'COMPLETED', 'DROPPED_OUT'])[1 + g % 5], 'training-body:73866205898790', now(), now()
from generate_series(1, :intentions / 20) g
where exists (select 1 from hiring_intention h where h.id = md5('intention-' || g)::uuid)
  and not exists (select 1 from training_path p where p.id = md5('path-' || g)::uuid);

select indexdef from bench_index \gexec
-- The funnel's differences, written by V30's triggers for the rows above, folded into its tally as the application's
-- minutely fold (FunnelFolding) would have done while they were being recorded.
select funnel_fold();
-- What autovacuum does after a bulk insert: statistics, and the visibility map index-only scans rely on.
vacuum analyze;
select (select count(*) from hiring_intention) as intentions,
       (select count(*) from session_request) as requests,
       (select count(*) from publication_entry where published) as publishable,
       (select count(*) from publication_entry where not published) as tombstones,
       (select count(*) from training_path) as paths;
