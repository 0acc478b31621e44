-- Issue #20 (4): a validated invoice is never edited: it is corrected by a credit note (avoir) for its whole amount,
-- issued by the lot's mandataire with its reason; the invoice is then CREDITED, its month's hours free to be corrected
-- and invoiced again. A rejected invoice needs none: the month is invoiced again.
alter table invoice drop constraint invoice_status_check;
alter table invoice add constraint invoice_status_ck check (status in ('ISSUED', 'VALIDATED', 'REJECTED', 'CREDITED'));

create table credit_note (
    id         uuid          primary key,
    invoice_id uuid          not null unique references invoice (id),
    hours      numeric(10, 2) not null check (hours < 0),
    amount     numeric(12, 2) not null check (amount < 0),
    reason     varchar(2000) not null,
    issued_by  varchar(200)  not null,
    issued_at  timestamptz   not null
);
