-- Invoicing (FAQ §7, §8): orders covering several sessions of a lot, amendments (extra hours, fungibility),
-- attendance per path and month, monthly invoices per purchase order.

-- An order counts trainee-hours; its amount is trainee-hours x the lot's price, rounded once to the cent.
alter table purchase_order add column trainee_hours numeric(12, 2);
update purchase_order o set trainee_hours = o.hours * o.paths
    + coalesce((select sum(a.extra_hours) from purchase_order_amendment a where a.purchase_order_id = o.id), 0) * o.paths;
alter table purchase_order alter column trainee_hours set not null;
alter table purchase_order add constraint purchase_order_trainee_hours_ck check (trainee_hours >= 0);

-- The sessions an order covers (a complementary order adds one to an existing order, §5, §7).
create table purchase_order_session (
    purchase_order_id   uuid  not null references purchase_order (id),
    session_request_id  uuid  not null unique references session_request (id),
    primary key (purchase_order_id, session_request_id)
);
insert into purchase_order_session (purchase_order_id, session_request_id) select id, session_request_id from purchase_order;

alter table purchase_order_amendment
    add column kind varchar(16) not null default 'EXTRA_HOURS' check (kind in ('EXTRA_HOURS', 'TRANSFER_OUT', 'TRANSFER_IN')),
    add column trainee_hours numeric(12, 2),
    add column session_request_id uuid references session_request (id),
    add column path_ids uuid[] not null default '{}',
    add column counterpart_session_id uuid references session_request (id);
update purchase_order_amendment a set trainee_hours = a.extra_hours * (select o.paths from purchase_order o where o.id = a.purchase_order_id);
alter table purchase_order_amendment alter column trainee_hours set not null;
alter table purchase_order_amendment alter column extra_hours drop not null;

-- Hours actually attended, per path and month (§7), corrected until the month is invoiced.
create table attendance (
    path_id     uuid          not null references training_path (id),
    month       date          not null check (extract(day from month) = 1),
    hours       numeric(6, 2) not null check (hours >= 0),
    invoice_id  uuid,
    updated_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    primary key (path_id, month)
);

create table attendance_history (
    id              bigserial     primary key,
    path_id         uuid          not null,
    month           date          not null,
    previous_hours  numeric(6, 2),
    hours           numeric(6, 2) not null,
    actor           varchar(200)  not null,
    at              timestamptz   not null
);

create index attendance_history_path_idx on attendance_history (path_id, month, id);

create table invoice (
    id                 uuid           primary key,
    purchase_order_id  uuid           not null references purchase_order (id),
    month              date           not null check (extract(day from month) = 1),
    status             varchar(16)    not null check (status in ('ISSUED', 'VALIDATED', 'REJECTED')),
    hours              numeric(12, 2) not null,
    amount             numeric(14, 2) not null,
    issued_by          varchar(200)   not null,
    issued_at          timestamptz    not null,
    decided_by         varchar(200),
    decided_at         timestamptz,
    reject_reason      varchar(2000),
    version            bigint         not null default 0
);

-- One live invoice per order and month (a rejected one can be issued again).
create unique index invoice_order_month_uk on invoice (purchase_order_id, month) where status in ('ISSUED', 'VALIDATED');

create table invoice_line (
    invoice_id          uuid          not null references invoice (id) on delete cascade,
    session_request_id  uuid          not null,
    path_id             uuid          not null,
    hours               numeric(6, 2) not null,
    primary key (invoice_id, path_id)
);
