-- Publication for Cariforef (FAQ §10): one entry per session ever published, stamped with a change
-- sequence for delta sync. Entries are written one transaction at a time (an advisory lock around the
-- sequence), so that change_seq order is commit order and a cursor never skips an entry.

create sequence publication_change_seq;

create table publication_entry (
    session_id       uuid           primary key references session_request (id),
    change_seq       bigint         not null unique,
    published        boolean        not null,
    deleted_at       timestamptz,
    employer_sirets  varchar(14)[]  not null default '{}',
    payload          jsonb          not null,
    updated_at       timestamptz    not null
);

create index publication_entry_updated_idx on publication_entry (updated_at);
create index publication_entry_employers_idx on publication_entry using gin (employer_sirets);
