-- Issue #20 (3): the Region's socle sessions (§1, §2, §5, §10) hold trainees too: validators position them and the body
-- integrates them, with no hiring intention (a socle session answers none); their hours are attended and invoiced.
alter table training_path alter column intention_id drop not null;
