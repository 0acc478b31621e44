-- The training bodies' activity declaration number (numéro de déclaration d'activité, NDA): part of a
-- training body's identity (domain: Training body) and required by LHEO's organisme-formation-responsable.
alter table training_body add column nda varchar(11) check (nda ~ '^[0-9]{11}$');
