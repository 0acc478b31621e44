-- Issue #19 (2, 4, 5): what the Region decides on a session after its authorisation.
-- A review (analyse de situation) is opened by an employer's withdrawal on an authorised session not yet started (§6),
-- or by the training body asking to attach a new hiring intention to a formed group (§5, §6); the Region decides it
-- once, with its reason. At most one open joining per intention.
create table session_review (
    id                 uuid primary key,
    session_request_id uuid        not null references session_request (id),
    kind               text        not null check (kind in ('WITHDRAWAL', 'JOINING')),
    intention_id       uuid        not null,
    positions          int         not null check (positions >= 0),
    opened_by          text        not null,
    opened_at          timestamptz not null,
    reason             text,
    decision           text check (decision in ('KEEP_PLACES', 'REDUCE_PLACES', 'CANCEL_SESSION', 'ACCEPTED', 'REFUSED')),
    decision_reason    text,
    places_before      int,
    places_after       int,
    decided_by         text,
    decided_at         timestamptz,
    constraint session_review_decided_ck check ((decision is null) = (decided_at is null))
);
create index session_review_session_idx on session_review (session_request_id, opened_at);
create index session_review_open_idx on session_review (opened_at) where decided_at is null;
create unique index session_review_one_open_joining_idx on session_review (intention_id) where kind = 'JOINING' and decided_at is null;

-- §5: under five trainees, "si l'organisme de formation y trouve un équilibre financier": the body declares it.
alter table session_request add column financial_balance text;

-- The order follows the Region's decisions: places reduced after a withdrawal (REDUCTION), places added for a
-- trainee who joins (JOINING); both in trainee-hours at the lot's price (§7, §8).
alter table purchase_order_amendment drop constraint purchase_order_amendment_kind_check;
alter table purchase_order_amendment add constraint purchase_order_amendment_kind_ck
    check (kind in ('EXTRA_HOURS', 'TRANSFER_OUT', 'TRANSFER_IN', 'REDUCTION', 'JOINING'));
