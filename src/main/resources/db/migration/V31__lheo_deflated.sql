-- Issue #22 (P2): each LHEO fragment also stored deflated, in pieces a gzip-encoded export can carry as they are
-- (publication/LheoGzip), so that a consumer asking for gzip gets the export without the service compressing
-- hundreds of megabytes on every pull. Written at publication beside the fragment; the entries published before this
-- migration are sealed by a background job (publication/FragmentSealing), the export sealing on the fly any it has
-- not reached yet.
alter table publication_entry add column lheo_deflate bytea;
-- what the job looks for: a fragment with no deflated form (empty once the job has caught up)
create index publication_entry_unsealed on publication_entry (change_seq) where lheo is not null and lheo_deflate is null;
