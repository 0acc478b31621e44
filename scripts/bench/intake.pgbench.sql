-- P1 baseline: the statements that POST /api/v1/hiring-intentions executes for a new intention (read off
-- PostgreSQL's log with log_statement=all), with the same values shapes: the rate-limit upsert outside the
-- transaction, then the employer lock, the (sender, external_id) look-up, the one-training-body standing (issue #17:
-- the Region's arbitration and a written intention of another body, one statement), the
-- intention insert, its history row, and the outbox statement (issue #12; with no subscription it writes nothing and builds no event). :eligibility is the eligibility document the application wrote and
-- :sender its sender, both given with -D (pgbench reads a colon inside a literal as a variable).
\set n random(1, 9000000000000000)
\set e random(1, 9999999999999)
insert into rate_limit_window (client_id, window_start, calls) values ('nosemplois', extract(epoch from now())::bigint / 60 * 60, 1)
  on conflict (client_id, window_start) do update set calls = rate_limit_window.calls + 1 returning calls;
begin;
select pg_advisory_xact_lock(hashtextextended('employer' || chr(58) || lpad(:e::text, 14, '0'), 0));
select id, content_hash, status, version from hiring_intention where sender = :sender
  and external_id = 'pg-' || :client_id::text || '-' || :n::text fetch first 1 rows only;
select (select a.holder_training_body_siret from employer_arbitration a join hiring_intention h on h.id = a.holder_intention_id
         where a.status = 'LIVE' and a.employer_siret = lpad(:e::text, 14, '0') and a.job_rome_code = 'F1703'
           and a.target_certification_code is not distinct from 'RNCP35185'
           and h.status in ('ELIGIBLE', 'AWAITING_DEROGATION', 'INELIGIBLE', 'ATTACHED', 'COVERED') limit 1),
       exists (select 1 from hiring_intention i where i.employer_siret = lpad(:e::text, 14, '0') and i.job_rome_code = 'F1703'
                 and i.target_certification_code is not distinct from 'RNCP35185' and i.training_body_siret <> '73866205898790'
                 and i.proof_channel is not null and i.status in ('ELIGIBLE', 'AWAITING_DEROGATION', 'ATTACHED', 'COVERED')
                 and (cast(null as uuid) is null));
insert into hiring_intention (content_hash, contract_duration_months, contract_type, contract_weekly_hours, created_at,
  eligibility, eligibility_outcome, employer_commune_insee, employer_department, employer_involvement, employer_name,
  employer_siret, external_id, job_rome_code, job_title, last_status_change_at, positions, proof_channel,
  proof_received_on, proof_reference, sender, status, target_certification_code, target_skills, training_body_siret,
  updated_at, version, id)
  values (md5(:n::text) || md5(:e::text), null, 'CDI', 35, now(), :eligibility::jsonb, 'ELIGIBLE', '44109', '44', 'IMMERSION',
  'Employeur', lpad(:e::text, 14, '0'), 'pg-' || :client_id::text || '-' || :n::text, 'F1703', 'Maçon', now(), 1, 'PLATFORM',
  '2026-11-20', null, :sender, 'ELIGIBLE', 'RNCP35185', null, '73866205898790', now(), 0,
  md5(:client_id::text || :n::text)::uuid);
insert into hiring_intention_history (actor, at, from_status, intention_id, reason, to_status)
  values (:sender, now(), null, md5(:client_id::text || :n::text)::uuid, null, 'ELIGIBLE');
with targets as (
    select s.id from webhook_subscription s
    where s.deleted_at is null and cast('INTENTION_ELIGIBILITY_DECIDED' as text) = any(s.event_types)
      and (s.owner = any(string_to_array(cast(:sender as text), chr(10))) or s.owner like 'region-officer' || chr(58) || '%')),
fresh as (
    select gen_random_uuid() as id where exists (select 1 from targets)),
event as (
    insert into webhook_event (id, type, subject_type, subject_id, occurred_at, payload)
    select f.id, 'INTENTION_ELIGIBILITY_DECIDED', 'HIRING_INTENTION', md5(:client_id::text || :n::text)::uuid, now(),
      json_build_object('id', f.id, 'type', 'INTENTION_ELIGIBILITY_DECIDED',
        'occurred_at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24' || chr(58) || 'MI' || chr(58) || 'SS.US"Z"'),
        'subject', json_build_object('type', 'HIRING_INTENTION', 'id', md5(:client_id::text || :n::text)::uuid,
          'href', '/api/v1/hiring-intentions/' || md5(:client_id::text || :n::text)::uuid),
        'data', cast('{"outcome"' || chr(58) || '"ELIGIBLE","status"' || chr(58) || '"ELIGIBLE"}' as json))::text
    from fresh f
    returning id)
insert into webhook_delivery (id, subscription_id, event_id, subject_key, seq, status, attempts, next_attempt_at, created_at)
select gen_random_uuid(), t.id, e.id, 'HIRING_INTENTION' || chr(58) || md5(:client_id::text || :n::text), nextval('webhook_delivery_seq'),
  'PENDING', 0, now(), now()
from targets t cross join event e
order by t.id;
commit;
