-- Issue #19 (6): an employer's commitment to a training body ends with its intention's session, even with no hire
-- (§6): the intention stays COVERED (hires may still be recorded) but no longer holds the employer for that training.
alter table hiring_intention add column session_ended_at timestamptz;

-- sessions already completed end their intentions' commitments now
update hiring_intention h
   set session_ended_at = r.updated_at
  from session_request_intention l join session_request r on r.id = l.session_request_id
 where l.intention_id = h.id and r.status = 'COMPLETED' and h.status = 'COVERED';
