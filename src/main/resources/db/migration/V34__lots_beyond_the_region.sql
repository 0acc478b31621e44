-- Issue #25 (FAQ §1: "des dérogations peuvent être étudiées, pour les lots dont la portée dépasse le niveau régional"):
-- a lot may cover départements outside the Region when the Region records why (LotRules). Any French département code,
-- or REGION; the Region's reason on the lot.
alter table lot_department drop constraint lot_department_department_check;
alter table lot_department add constraint lot_department_department_check
    check (department ~ '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]|REGION)$');
alter table lot add column beyond_region text;
