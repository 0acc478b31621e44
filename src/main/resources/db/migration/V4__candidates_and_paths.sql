-- Candidates (job seekers positioned by validators) and training paths (parcours), FAQ §3, §5, §6, §13.
-- Personal data is minimal: what identifies the person, no free text about health.

create table candidate (
    id                         uuid          primary key,
    france_travail_id          varchar(11)   not null unique,
    first_name                 varchar(100)  not null,
    last_name                  varchar(100)  not null,
    department                 varchar(3)    not null,
    situation                  varchar(40)   not null check (situation in
        ('JOB_SEEKER', 'EMPLOYEE', 'SIAE_EMPLOYEE_CONTRACT_ENDED', 'SIAE_EMPLOYEE')),
    business_creation_project  boolean       not null,
    created_by                 varchar(200)  not null,
    content_hash               varchar(64)   not null,
    status                     varchar(16)   not null check (status in ('CREATED', 'VALIDATED', 'REFUSED')),
    validation                 jsonb,
    validated_by               varchar(200),
    validated_at               timestamptz,
    version                    bigint        not null default 0,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null
);

create index candidate_created_by_idx on candidate (created_by);
create index candidate_validated_by_idx on candidate (validated_by);

create table training_path (
    id                     uuid          primary key,
    session_request_id     uuid          not null references session_request (id),
    intention_id           uuid          not null references hiring_intention (id),
    candidate_id           uuid          not null references candidate (id),
    status                 varchar(20)   not null check (status in
        ('POSITIONED', 'EMPLOYER_AGREED', 'INTEGRATED', 'COMPLETED', 'DROPPED_OUT')),
    individual_hours       integer       check (individual_hours > 0),
    part_time              boolean       not null default false,
    drop_out_reason        varchar(1000),
    outcome                varchar(16)   check (outcome in ('HIRED', 'NOT_HIRED')),
    outcome_contract_type  varchar(24),
    outcome_start_date     date,
    outcome_reason         varchar(1000),
    partial_certification  boolean       not null default false,
    created_by             varchar(200)  not null,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);

-- A candidate has one active path at a time (FAQ §5, §6).
create unique index training_path_one_active_uk on training_path (candidate_id)
    where status in ('POSITIONED', 'EMPLOYER_AGREED', 'INTEGRATED');
create index training_path_session_idx on training_path (session_request_id, created_at);
create index training_path_intention_idx on training_path (intention_id);

create table training_path_history (
    id           bigserial     primary key,
    path_id      uuid          not null references training_path (id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    actor        varchar(200)  not null,
    at           timestamptz   not null,
    reason       varchar(1000)
);

create index training_path_history_path_idx on training_path_history (path_id, id);
