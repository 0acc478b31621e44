-- Issue #25 (FAQ §1: "informer clairement [les stagiaires] sur la localisation des postes visés"): a published session
-- now says where its jobs are (the feed's job_locations, the LHEO export's extras). The entries written before carry
-- representation 1: the publication's background round (FragmentSealing) publishes them again, each with a new
-- change_seq, so that a publisher following the feed receives the sessions it already has with the new field.
alter table publication_entry add column representation smallint not null default 1;
alter table publication_entry alter column representation set default 2;
create index publication_entry_outdated_idx on publication_entry (change_seq) where published and representation < 2;
