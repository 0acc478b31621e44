-- Issue #19 (8): candidates kept current. Several validator organisations may follow the same person (France Travail,
-- a Mission locale, Cap emploi), each reading them; a validator that follows a candidate corrects their situation (§3,
-- §13), each correction kept with its author and time. Who follows whom is seen by the Region only.
create table candidate_follower (
    candidate_id uuid         not null references candidate (id),
    organisation varchar(200) not null,
    since        timestamptz  not null,
    primary key (candidate_id, organisation)
);
create index candidate_follower_organisation_idx on candidate_follower (organisation);
insert into candidate_follower (candidate_id, organisation, since) select id, created_by, created_at from candidate;
insert into candidate_follower (candidate_id, organisation, since)
    select id, validated_by, validated_at from candidate where validated_by is not null on conflict do nothing;

create table candidate_situation_change (
    id                   bigint generated always as identity primary key,
    candidate_id         uuid          not null references candidate (id),
    from_situation       varchar(40)   not null,
    to_situation         varchar(40)   not null,
    from_business_creation boolean     not null,
    to_business_creation boolean       not null,
    from_status          varchar(16)   not null,
    to_status            varchar(16)   not null,
    reason               varchar(1000),
    actor                varchar(200)  not null,
    at                   timestamptz   not null
);
create index candidate_situation_change_candidate_idx on candidate_situation_change (candidate_id, id);

alter table candidate_access drop constraint candidate_access_action_check;
alter table candidate_access add constraint candidate_access_action_check
    check (action in ('CREATE', 'READ', 'SEARCH', 'VALIDATE', 'POSITION', 'REFER', 'ERASE', 'FOLLOW', 'CORRECT'));
