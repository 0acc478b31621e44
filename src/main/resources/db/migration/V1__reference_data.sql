-- Reference data of the VISA Métiers market 2023-2026: training bodies, lots and their groupements.

create table training_body (
    siret       varchar(14)  primary key check (siret ~ '^[0-9]{14}$'),
    name        varchar(200) not null,
    updated_at  timestamptz  not null default now()
);

create table lot (
    code                    varchar(32)   primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    label                   varchar(200)  not null,
    sector                  varchar(64)   not null check (sector in (
        'INTER_INDUSTRIE', 'CONSTRUCTION', 'AGRICULTURE_AGROALIMENTAIRE', 'MARITIME', 'MOBILITES', 'COMMERCE',
        'METIERS_SUPPORTS_ENTREPRISE', 'NUMERIQUE', 'HOTELLERIE_RESTAURATION_TOURISME',
        'PROPRETE_HYGIENE_SERVICES_PERSONNE', 'FORMATION_INSERTION_PROFESSIONNELLES', 'METIERS_DE_BOUCHE',
        'TELECOMMUNICATIONS', 'ANIMATION_ENFANCE_JEUNESSE', 'SPORT', 'NICHE')),
    price_per_trainee_hour  numeric(8, 2) not null check (price_per_trainee_hour > 0),
    minimum_order_hours     integer       not null check (minimum_order_hours >= 0),
    mandataire_siret        varchar(14)   not null references training_body (siret),
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);

create index lot_mandataire_idx on lot (mandataire_siret);
create index lot_sector_idx on lot (sector);

create table lot_department (
    lot_code    varchar(32) not null references lot (code) on delete cascade,
    department  varchar(6)  not null check (department in ('44', '49', '53', '72', '85', 'REGION')),
    primary key (lot_code, department)
);

create index lot_department_department_idx on lot_department (department);

-- Co-traitants and sous-traitants of the lot's groupement (the mandataire is on the lot itself).
create table lot_member (
    lot_code                varchar(32) not null references lot (code) on delete cascade,
    siret                   varchar(14) not null references training_body (siret),
    role                    varchar(16) not null check (role in ('CO_TRAITANT', 'SOUS_TRAITANT')),
    approved_by_mandataire  boolean     not null,
    primary key (lot_code, siret)
);

create index lot_member_siret_idx on lot_member (siret);

create table lot_certification (
    lot_code   varchar(32)  not null references lot (code) on delete cascade,
    kind       varchar(16)  not null check (kind in ('RNCP', 'RS', 'SKILLS_BLOCK')),
    code       varchar(24)  not null,
    title      varchar(300) not null,
    mandatory  boolean      not null,
    primary key (lot_code, code)
);
