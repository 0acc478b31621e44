-- Issue #19 (7), §5 ("l'employeur également"): the employer's agreement on a trainee is recorded when it is given —
-- before the integration (the path moves to EMPLOYER_AGREED) or after it (noted, the path stays INTEGRATED).
alter table training_path add column employer_agreed_at timestamptz;
update training_path p set employer_agreed_at = (select min(h.at) from training_path_history h
                                                 where h.path_id = p.id and h.to_status = 'EMPLOYER_AGREED')
where exists (select 1 from training_path_history h where h.path_id = p.id and h.to_status = 'EMPLOYER_AGREED');
