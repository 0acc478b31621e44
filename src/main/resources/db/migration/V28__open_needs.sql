-- Issue #21: employers' needs before a training body is chosen (besoins ouverts, FAQ §1, §2, §6). An open need is a
-- hiring intention with no training body yet; the bodies of the lots covering its sector and territory propose, and
-- its sender records the employer's choice, which makes it an ordinary intention of the chosen body.
alter table hiring_intention alter column training_body_siret drop not null;
-- The sector of the job (ROME code → the Region's sectors, RomeSectors), set on every write; null when no sector takes
-- the job. Intentions recorded before this migration all name a body and keep it null: only open needs use it.
alter table hiring_intention add column job_sector varchar(64);
-- When the employer's choice was recorded (take-up); null for an intention sent with its body.
alter table hiring_intention add column taken_up_at timestamptz;

-- The open needs a body, the sender or the Region lists: by sector and département, oldest first.
create index hiring_intention_open_need_idx on hiring_intention (job_sector, employer_department, created_at, id)
    where training_body_siret is null;

-- A training body's proposal for an open need (§6: the employer may consult several bodies, commits to one).
create table need_proposal (
    id                   uuid           primary key,
    intention_id         uuid           not null references hiring_intention (id) on delete cascade,
    training_body_siret  varchar(14)    not null check (training_body_siret ~ '^[0-9]{14}$'),
    lot_code             varchar(32)    not null,
    summary              varchar(2000)  not null,
    certification_code   varchar(24),
    planned_start_date   date,
    status               varchar(16)    not null check (status in ('PROPOSED', 'CHOSEN', 'NOT_CHOSEN')),
    created_at           timestamptz    not null,
    decided_at           timestamptz
);
-- One live proposal per body and need; a need opened again after a take-up may be proposed for again.
create unique index need_proposal_live_uk on need_proposal (intention_id, training_body_siret) where status = 'PROPOSED';
create index need_proposal_intention_idx on need_proposal (intention_id, created_at);
