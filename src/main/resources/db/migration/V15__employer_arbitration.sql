-- Issue #17 (6): the one-training-body rule (FAQ §6) is no longer first-come-first-served. Only an intention with its
-- written proof holds an employer; when two bodies hold written intentions of one employer for the same training
-- (same ROME code and target certification), the Region arbitrates: this records which body the employer commits to.
create table employer_arbitration (
    id                          uuid           primary key,
    employer_siret              varchar(14)    not null,
    job_rome_code               varchar(5)     not null,
    target_certification_code   varchar(24),
    holder_intention_id         uuid           not null references hiring_intention (id),
    holder_training_body_siret  varchar(14)    not null,
    status                      varchar(8)     not null check (status in ('LIVE', 'LAPSED')),
    reason                      varchar(2000)  not null,
    decided_by                  varchar(200)   not null,
    decided_at                  timestamptz    not null,
    lapsed_at                   timestamptz,
    lapse_reason                varchar(500)
);

-- One live decision per employer and training.
create unique index employer_arbitration_live_uk on employer_arbitration
    (employer_siret, job_rome_code, coalesce(target_certification_code, '')) where status = 'LIVE';
create index employer_arbitration_holder_idx on employer_arbitration (holder_intention_id);
-- (The intentions competing for one employer and training are found through hiring_intention_employer_idx, V2.)
