-- Hiring intentions (intentions d'embauche, FAQ §6), their status history, and the idempotency keys of POSTs.

create table hiring_intention (
    id                          uuid          primary key,
    sender                      varchar(160)  not null,
    external_id                 varchar(100)  not null,
    content_hash                varchar(64)   not null,
    employer_siret              varchar(14)   not null check (employer_siret ~ '^[0-9]{14}$'),
    employer_name               varchar(200)  not null,
    employer_department         varchar(3)    not null,
    employer_commune_insee      varchar(5)    not null,
    job_title                   varchar(200)  not null,
    job_rome_code               varchar(5)    not null check (job_rome_code ~ '^[A-N][0-9]{4}$'),
    positions                   integer       not null check (positions between 1 and 100),
    contract_type               varchar(24)   not null,
    contract_duration_months    integer       check (contract_duration_months between 1 and 120),
    contract_weekly_hours       numeric(4, 1) not null check (contract_weekly_hours > 0 and contract_weekly_hours <= 48),
    target_certification_code   varchar(24),
    target_skills               varchar(2000),
    employer_involvement        varchar(200)  not null,
    proof_channel               varchar(16),
    proof_received_on           date,
    proof_reference             varchar(200),
    training_body_siret         varchar(14)   not null check (training_body_siret ~ '^[0-9]{14}$'),
    status                      varchar(24)   not null check (status in
        ('ELIGIBLE', 'AWAITING_DEROGATION', 'INELIGIBLE', 'ATTACHED', 'COVERED', 'FULFILLED', 'WITHDRAWN')),
    eligibility_outcome         varchar(24)   not null check (eligibility_outcome in ('ELIGIBLE', 'NEEDS_DEROGATION', 'INELIGIBLE')),
    eligibility                 jsonb         not null,
    version                     bigint        not null default 0,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    last_status_change_at       timestamptz   not null,
    constraint hiring_intention_sender_external_id_uk unique (sender, external_id)
);

create index hiring_intention_employer_idx on hiring_intention (employer_siret, job_rome_code);
create index hiring_intention_training_body_idx on hiring_intention (training_body_siret, created_at, id);
create index hiring_intention_sender_idx on hiring_intention (sender, created_at, id);
create index hiring_intention_created_idx on hiring_intention (created_at, id);
create index hiring_intention_updated_idx on hiring_intention (updated_at);

create table hiring_intention_history (
    id            bigserial     primary key,
    intention_id  uuid          not null references hiring_intention (id) on delete cascade,
    from_status   varchar(24),
    to_status     varchar(24)   not null,
    actor         varchar(200)  not null,
    at            timestamptz   not null,
    reason        varchar(1000)
);

create index hiring_intention_history_intention_idx on hiring_intention_history (intention_id, id);

-- The first answer given to a POST under an Idempotency-Key, replayed to the same key and body.
create table idempotency_key (
    caller         varchar(200)  not null,
    key            varchar(255)  not null,
    operation      varchar(200)  not null,
    request_hash   varchar(64)   not null,
    status         integer       not null,
    location       varchar(500),
    body           text          not null,
    created_at     timestamptz   not null,
    primary key (caller, key)
);

create index idempotency_key_created_idx on idempotency_key (created_at);
