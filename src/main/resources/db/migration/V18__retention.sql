-- Issue #17 (9), storage limitation (RGPD art. 5-1-e): a candidate's identity is erased a stated time after their last
-- path ended (or their last activity, without a path), keeping the anonymous facts statistics and invoices need.
alter table candidate alter column france_travail_id drop not null;
alter table candidate alter column first_name drop not null;
alter table candidate alter column last_name drop not null;
alter table candidate add column erased_at timestamptz;
create index candidate_retention_idx on candidate (updated_at) where erased_at is null;
-- The access log and stored idempotent answers are purged by age.
create index candidate_access_at_idx on candidate_access (at);
