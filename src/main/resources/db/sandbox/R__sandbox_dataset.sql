-- Sandbox dataset, dev mode only (never in production: %dev.quarkus.flyway.locations).
-- A handful of lots across sectors and départements, each with a groupement of training bodies whose
-- SIRETs have valid check keys. The two demo training-body clients of k8s/keycloak/ are
-- 73866205898790 (mandataire of CONSTR-44) and 42525779372180 (co-traitant of CONSTR-44).

insert into training_body (siret, name, nda) values
    ('73866205898790', 'Formations Atlantique', '52440100000'),
    ('42525779372180', 'Atelier Bois Formation', '52441107919'),
    ('54176319914761', 'Compétences Bâtiment Anjou', '52442115838'),
    ('41566010057462', 'Soudure Expertise', '52443123757'),
    ('54125523711448', 'Numérique Ouest Formation', '52444131676'),
    ('40756756994165', 'Code et Compagnie', '52445139595'),
    ('62532502272005', 'Campus Agri Mayenne', '52446147514'),
    ('73491669263439', 'Agri Formation Continue 53', '52447155433'),
    ('68470490865510', 'Maine Transport Formation', '52448163352'),
    ('60357861236058', 'Logistique Sarthe Compétences', '52449171271'),
    ('42026963421479', 'Vendée Hôtellerie Formation', '52450179190'),
    ('40160555661671', 'Cuisine et Service 85', '52451187109'),
    ('33758454173224', 'Industrie Loire Formation', '52452195028'),
    ('40287835788006', 'Maintenance Pro', '52453202947')
on conflict (siret) do update set nda = excluded.nda where training_body.nda is null;

insert into lot (code, label, sector, price_per_trainee_hour, minimum_order_hours, mandataire_siret, created_at, updated_at) values
    ('CONSTR-44', 'Construction - Loire-Atlantique', 'CONSTRUCTION', 14.50, 20000, '73866205898790', now(), now()),
    ('NUM-REGION', 'Numérique - Pays de la Loire', 'NUMERIQUE', 16.20, 15000, '54125523711448', now(), now()),
    ('AGRI-53', 'Agriculture - agroalimentaire - Mayenne', 'AGRICULTURE_AGROALIMENTAIRE', 13.80, 8000, '62532502272005', now(), now()),
    ('MOB-72', 'Mobilités - Sarthe', 'MOBILITES', 15.10, 12000, '68470490865510', now(), now()),
    ('HRT-85', 'Hôtellerie - restauration - tourisme - Vendée', 'HOTELLERIE_RESTAURATION_TOURISME', 13.20, 10000, '42026963421479', now(), now()),
    ('INDUS-44-49', 'Inter-industrie - Loire-Atlantique et Maine-et-Loire', 'INTER_INDUSTRIE', 15.90, 18000, '33758454173224', now(), now())
on conflict (code) do nothing;

insert into lot_department (lot_code, department) values
    ('CONSTR-44', '44'), ('NUM-REGION', 'REGION'), ('AGRI-53', '53'), ('MOB-72', '72'), ('HRT-85', '85'),
    ('INDUS-44-49', '44'), ('INDUS-44-49', '49')
on conflict do nothing;

insert into lot_member (lot_code, siret, role, approved_by_mandataire) values
    ('CONSTR-44', '42525779372180', 'CO_TRAITANT', true),
    ('CONSTR-44', '54176319914761', 'CO_TRAITANT', true),
    ('CONSTR-44', '41566010057462', 'SOUS_TRAITANT', true),
    ('NUM-REGION', '40756756994165', 'CO_TRAITANT', true),
    ('AGRI-53', '73491669263439', 'CO_TRAITANT', true),
    ('MOB-72', '60357861236058', 'CO_TRAITANT', true),
    ('HRT-85', '40160555661671', 'CO_TRAITANT', true),
    ('INDUS-44-49', '40287835788006', 'CO_TRAITANT', true),
    ('INDUS-44-49', '41566010057462', 'SOUS_TRAITANT', false)
on conflict do nothing;

insert into lot_certification (lot_code, kind, code, title, mandatory) values
    ('CONSTR-44', 'RNCP', 'RNCP35185', 'Maçon', true),
    ('CONSTR-44', 'RNCP', 'RNCP34857', 'Coffreur bancheur', false),
    ('NUM-REGION', 'RNCP', 'RNCP37674', 'Développeur web et web mobile', true),
    ('NUM-REGION', 'RS', 'RS5460', 'Certification numérique de base', false),
    ('AGRI-53', 'RNCP', 'RNCP36223', 'Ouvrier de production agricole', false),
    ('MOB-72', 'RNCP', 'RNCP35330', 'Conducteur du transport routier de marchandises sur porteur', true),
    ('MOB-72', 'RS', 'RS5625', 'CACES R489 chariots de manutention', false),
    ('HRT-85', 'RNCP', 'RNCP34095', 'Cuisinier', true),
    ('INDUS-44-49', 'RNCP', 'RNCP36139', 'Soudeur assembleur industriel', true),
    ('INDUS-44-49', 'SKILLS_BLOCK', 'RNCP36139BC01', 'Souder à plat des ensembles', false)
on conflict do nothing;
