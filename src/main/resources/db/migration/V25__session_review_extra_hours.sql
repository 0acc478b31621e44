-- Issue #19 (2), §6, §7: once the session runs, a withdrawal changes no path, and the body may ask the Region for extra
-- hours to complete the paths ("le parcours pourra être complété"): a review of kind EXTRA_HOURS, for the session's
-- places or named paths; accepted, the purchase order is amended (EXTRA_HOURS).
alter table session_review alter column intention_id drop not null;
alter table session_review drop constraint session_review_kind_check;
alter table session_review add constraint session_review_kind_ck check (kind in ('WITHDRAWAL', 'JOINING', 'EXTRA_HOURS'));
alter table session_review add column extra_hours int check (extra_hours > 0);
alter table session_review add column path_ids uuid[] not null default '{}';
alter table session_review add constraint session_review_subject_ck
    check ((kind = 'EXTRA_HOURS') = (intention_id is null) and (kind = 'EXTRA_HOURS') = (extra_hours is not null));
