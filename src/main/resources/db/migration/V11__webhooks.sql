-- Webhooks: partners' subscriptions, the transactional outbox of events, and the delivery log.

create table webhook_subscription (
    id           uuid          primary key,
    owner        varchar(200)  not null,          -- the organisation, as role:identifier (see Caller#organisation)
    url          varchar(2000) not null,
    event_types  text[]        not null,
    secret       varchar(100)  not null,          -- HMAC key, shown once to its owner at creation
    description  varchar(200),
    created_at   timestamptz   not null,
    deleted_at   timestamptz
);

create index webhook_subscription_owner_idx on webhook_subscription (owner, created_at) where deleted_at is null;

-- Written in the transaction of the change it reports (the outbox), only when someone subscribed to it.
create table webhook_event (
    id            uuid          primary key,
    type          varchar(64)   not null,
    subject_type  varchar(32)   not null,
    subject_id    uuid          not null,
    occurred_at   timestamptz   not null,
    payload       text          not null           -- the exact body sent, signed anew at each attempt
);

create sequence webhook_delivery_seq;

create table webhook_delivery (
    id               uuid          primary key,
    subscription_id  uuid          not null references webhook_subscription (id),
    event_id         uuid          not null references webhook_event (id),
    subject_key      varchar(80)   not null,        -- subject_type:subject_id: deliveries of one subject go in seq order
    seq              bigint        not null,
    status           varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    leased_until     timestamptz,
    last_status_code integer,
    last_error       varchar(300),
    delivered_at     timestamptz,
    created_at       timestamptz   not null,
    constraint webhook_delivery_once_uk unique (subscription_id, event_id)
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, seq) where status = 'PENDING';
create index webhook_delivery_subject_idx on webhook_delivery (subscription_id, subject_key, seq) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, seq);

create table webhook_attempt (
    id            bigserial     primary key,
    delivery_id   uuid          not null references webhook_delivery (id),
    at            timestamptz   not null,
    status_code   integer,
    error         varchar(300),
    duration_ms   integer       not null
);

create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);
