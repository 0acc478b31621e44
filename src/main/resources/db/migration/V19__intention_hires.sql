-- Issue #19 (1): an intention counts its hires; it is fulfilled when every position is filled (§5, §6).
alter table hiring_intention add column hires integer not null default 0 check (hires >= 0);

-- what was recorded so far: one hire per path whose outcome is HIRED
update hiring_intention h
   set hires = (select count(*) from training_path p where p.intention_id = h.id and p.outcome = 'HIRED')
 where exists (select 1 from training_path p where p.intention_id = h.id and p.outcome = 'HIRED');
