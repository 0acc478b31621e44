-- Issue #25 (FAQ §2: a body outside the groupement may propose a session "dans la mesure où aucun organisme du groupement
-- n'a la capacité de la proposer lui-même, et où le mandataire donne son accord en amont"; §9: "Il reviendra au mandataire
-- du groupement de décider de l'entrée ou non d'un sous-traitant"). The mandataire approves a subcontractor for its lot,
-- stating why no member can deliver, and may withdraw that approval; the Region reads both. One live approval per lot
-- and body. A subcontractor's session request keeps the approval it relies on.
create table subcontractor_approval (
    id                uuid primary key,
    lot_code          varchar(32) not null references lot (code) on delete cascade,
    siret             varchar(14) not null references training_body (siret),
    reason            text not null,
    approved_by       varchar(200) not null,
    approved_at       timestamptz not null,
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(200),
    withdrawal_reason text,
    version           bigint not null default 0
);
create unique index subcontractor_approval_live_idx on subcontractor_approval (lot_code, siret) where withdrawn_at is null;
create index subcontractor_approval_lot_idx on subcontractor_approval (lot_code, siret, approved_at);

alter table session_request add column subcontractor_approval_id uuid references subcontractor_approval (id);
