-- Issue #17 (4): a derogation is tied to the facts it was asked for and decided on; when they change it lapses
-- (LAPSED, with when and why) and the rules are evaluated again without it.
alter table derogation add column facts jsonb;
alter table derogation add column lapsed_at timestamptz;
alter table derogation add column lapse_reason varchar(500);
alter table derogation drop constraint derogation_status_check;
alter table derogation add constraint derogation_status_check check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'LAPSED'));

-- Existing derogations: the facts their subject holds now (the best knowledge there is of what was decided on).
-- Values are strings, as the application writes them (IntentionDerogationSubject, SessionDerogationSubject).
update derogation d set facts = jsonb_build_object(
        'employer_siret', i.employer_siret,
        'contract_type', i.contract_type,
        'duration_months', coalesce(i.contract_duration_months::text, ''))
    from hiring_intention i where d.subject_type = 'HIRING_INTENTION' and d.subject_id = i.id and d.rule = 'CONTRACT_TYPE';
update derogation d set facts = jsonb_build_object(
        'employer_siret', i.employer_siret,
        'weekly_hours', trim(to_char(i.contract_weekly_hours, 'FM9999990.0')))
    from hiring_intention i where d.subject_type = 'HIRING_INTENTION' and d.subject_id = i.id and d.rule = 'WEEKLY_HOURS';
update derogation d set facts = jsonb_build_object(
        'employer_siret', i.employer_siret,
        'employer_department', i.employer_department,
        'employer_commune_insee', i.employer_commune_insee)
    from hiring_intention i where d.subject_type = 'HIRING_INTENTION' and d.subject_id = i.id and d.rule = 'EMPLOYER_LOCATION';
update derogation d set facts = jsonb_build_object(
        'places', s.places::text,
        'completes_existing_group', s.completes_existing_group::text,
        'permanent_entry', s.permanent_entry::text)
    from session_request s where d.subject_type = 'SESSION_REQUEST' and d.subject_id = s.id and d.rule = 'GROUP_SIZE';
update derogation d set facts = jsonb_build_object('training_departments', (
        select string_agg(distinct case when l->>'commune_insee' like '97%' then left(l->>'commune_insee', 3)
                                        else left(l->>'commune_insee', 2) end, ',' order by
                                   case when l->>'commune_insee' like '97%' then left(l->>'commune_insee', 3)
                                        else left(l->>'commune_insee', 2) end)
        from jsonb_array_elements(s.locations) l))
    from session_request s where d.subject_type = 'SESSION_REQUEST' and d.subject_id = s.id and d.rule = 'TERRITORY';
update derogation set facts = '{}'::jsonb where facts is null;
alter table derogation alter column facts set not null;
