-- Who read or changed which candidate, and when: kept for the Region (personal data access audit).
create table candidate_access (
    id            bigserial     primary key,
    candidate_id  uuid          not null references candidate (id),
    actor         varchar(200)  not null,
    action        varchar(16)   not null check (action in ('CREATE', 'READ', 'SEARCH', 'VALIDATE', 'POSITION')),
    at            timestamptz   not null
);

create index candidate_access_candidate_idx on candidate_access (candidate_id, id);
