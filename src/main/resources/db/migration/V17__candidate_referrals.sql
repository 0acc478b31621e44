-- Issue #17 (1): a training body positions only a candidate it may already read, or one a validator referred to it or
-- to one of its sessions (FAQ §5: validators validate and position candidates; the body validates the integration).
-- Its read access ends a stated time after its last path with the candidate ended.
create table candidate_referral (
    id                   uuid          primary key,
    candidate_id         uuid          not null references candidate (id),
    validator            varchar(200)  not null,
    training_body_siret  varchar(14)   not null check (training_body_siret ~ '^[0-9]{14}$'),
    session_request_id   uuid          references session_request (id),
    status               varchar(10)   not null check (status in ('OPEN', 'USED', 'WITHDRAWN', 'CLOSED')),
    created_at           timestamptz   not null,
    expires_at           timestamptz   not null,
    path_id              uuid          references training_path (id),
    closed_at            timestamptz,
    version              bigint        not null default 0
);

create index candidate_referral_candidate_idx on candidate_referral (candidate_id, status);
create index candidate_referral_body_idx on candidate_referral (training_body_siret, status, created_at);
create index candidate_referral_validator_idx on candidate_referral (validator, created_at);
create index candidate_referral_session_idx on candidate_referral (session_request_id) where session_request_id is not null;
-- One open referral per candidate, validator and target: a repeated referral answers the one that exists.
create unique index candidate_referral_open_uk on candidate_referral
    (candidate_id, validator, training_body_siret, coalesce(session_request_id, '00000000-0000-0000-0000-000000000000'))
    where status = 'OPEN';

-- When a path ended (completed or dropped out): the training body's access to the candidate runs out from there.
alter table training_path add column ended_at timestamptz;
update training_path p set ended_at = (select max(h.at) from training_path_history h
                                       where h.path_id = p.id and h.to_status in ('COMPLETED', 'DROPPED_OUT'))
    where p.status in ('COMPLETED', 'DROPPED_OUT');
update training_path set ended_at = updated_at where status in ('COMPLETED', 'DROPPED_OUT') and ended_at is null;
create index training_path_candidate_idx on training_path (candidate_id);

alter table candidate_access drop constraint candidate_access_action_check;
alter table candidate_access add constraint candidate_access_action_check
    check (action in ('CREATE', 'READ', 'SEARCH', 'VALIDATE', 'POSITION', 'REFER', 'ERASE'));
