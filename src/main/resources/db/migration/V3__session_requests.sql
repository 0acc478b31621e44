-- Session requests (demandes de session), their history, purchase orders (bons de commande) and derogations.

create table session_request (
    id                        uuid          primary key,
    kind                      varchar(24)   not null check (kind in ('ONE_JOB_ONE_TRAINING', 'SOCLE')),
    lot_code                  varchar(32)   not null references lot (code),
    created_by                varchar(200)  not null,
    submitter_siret           varchar(14)   not null check (submitter_siret ~ '^[0-9]{14}$'),
    mandataire_siret          varchar(14)   not null check (mandataire_siret ~ '^[0-9]{14}$'),
    mandataire_informed_at    timestamptz,
    title                     varchar(300)  not null,
    training_sector           varchar(64)   not null,
    certification_kind        varchar(16)   not null,
    certification_code        varchar(24),
    formacode                 varchar(5)    not null check (formacode ~ '^[0-9]{5}$'),
    planned_hours             integer       not null check (planned_hours > 0),
    start_date                date          not null,
    end_date                  date          not null check (end_date >= start_date),
    locations                 jsonb         not null,
    afest                     boolean       not null,
    part_time                 boolean       not null,
    permanent_entry           boolean       not null,
    completes_existing_group  boolean       not null,
    preparatory_phase         boolean       not null,
    places                    integer       not null check (places >= 0),
    status                    varchar(24)   not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
        'INFORMATION_REQUESTED', 'AUTHORISED', 'REJECTED', 'WITHDRAWN', 'STARTED', 'COMPLETED', 'CANCELLED')),
    evaluation                jsonb,
    first_submitted_at        timestamptz,
    last_submitted_at         timestamptz,
    decided_at                timestamptz,
    version                   bigint        not null default 0,
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    last_status_change_at     timestamptz   not null
);

create index session_request_queue_idx on session_request (first_submitted_at, id) where status in ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED');
create index session_request_submitter_idx on session_request (submitter_siret, created_at);
create index session_request_mandataire_idx on session_request (mandataire_siret, created_at);

-- An intention belongs to one session request at most (FAQ §6: one funded path per intention).
create table session_request_intention (
    session_request_id  uuid  not null references session_request (id) on delete cascade,
    intention_id        uuid  not null references hiring_intention (id),
    primary key (session_request_id, intention_id),
    constraint session_request_intention_once_uk unique (intention_id)
);

create table session_request_history (
    id                  bigserial     primary key,
    session_request_id  uuid          not null references session_request (id) on delete cascade,
    from_status         varchar(24),
    to_status           varchar(24)   not null,
    actor               varchar(200)  not null,
    at                  timestamptz   not null,
    reason              varchar(2000)
);

create index session_request_history_request_idx on session_request_history (session_request_id, id);

create sequence purchase_order_number_seq;

create table purchase_order (
    id                      uuid           primary key,
    number                  varchar(20)    not null unique,
    session_request_id      uuid           not null unique references session_request (id),
    lot_code                varchar(32)    not null references lot (code),
    mandataire_siret        varchar(14)    not null,
    paths                   integer        not null check (paths >= 0),
    hours                   integer        not null check (hours > 0),
    price_per_trainee_hour  numeric(8, 2)  not null,
    amount                  numeric(14, 2) not null,
    status                  varchar(16)    not null check (status in ('ISSUED', 'CANCELLED')),
    issued_at               timestamptz    not null,
    version                 bigint         not null default 0
);

create index purchase_order_mandataire_idx on purchase_order (mandataire_siret, issued_at);

create table purchase_order_amendment (
    id                 uuid           primary key,
    purchase_order_id  uuid           not null references purchase_order (id) on delete cascade,
    extra_hours        integer        not null check (extra_hours > 0),
    amount             numeric(14, 2) not null,
    reason             varchar(2000)  not null,
    actor              varchar(200)   not null,
    at                 timestamptz    not null
);

create index purchase_order_amendment_order_idx on purchase_order_amendment (purchase_order_id, at);

create table derogation (
    id               uuid           primary key,
    subject_type     varchar(24)    not null check (subject_type in ('HIRING_INTENTION', 'SESSION_REQUEST')),
    subject_id       uuid           not null,
    rule             varchar(40)    not null,
    justification    varchar(2000)  not null,
    status           varchar(16)    not null check (status in ('REQUESTED', 'GRANTED', 'REFUSED')),
    requested_by     varchar(200)   not null,
    requested_at     timestamptz    not null,
    decided_by       varchar(200),
    decided_at       timestamptz,
    decision_reason  varchar(2000),
    version          bigint         not null default 0
);

-- One live derogation per subject and rule.
create unique index derogation_live_uk on derogation (subject_type, subject_id, rule) where status in ('REQUESTED', 'GRANTED');
