-- Issue #19 (3): a new calendar for an authorised session not yet started (§6), proposed by its body and decided by
-- the Region; the history keeps both calendars.
alter table session_request
    add column proposed_start_date date,
    add column proposed_end_date   date,
    add column proposal_reason     text,
    add column proposed_at         timestamptz,
    add column proposed_by         text,
    add constraint session_request_proposal_dates_ck check (proposed_end_date is null or proposed_end_date >= proposed_start_date);
