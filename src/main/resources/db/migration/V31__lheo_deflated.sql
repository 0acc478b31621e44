-- Issue #22 (P2): each LHEO fragment also stored deflated, as one piece a gzip-encoded export carries as it is
-- (publication/LheoGzip), so that a consumer asking for gzip gets the export without the service compressing
-- hundreds of megabytes on every pull. Deflated as the export writes it, with the public aimed at the settings gave
-- then (lheo_deflate_code): an export under other settings does not use it, and the service deflates it again at its
-- next start. Written at publication beside the fragment; the entries published before this migration are deflated
-- by a background job (publication/FragmentSealing), the export deflating on the fly any it has not reached yet.
alter table publication_entry add column lheo_deflate bytea, add column lheo_deflate_code text;
-- what the job looks for: a fragment with no deflated form (empty once the job has caught up)
create index publication_entry_unsealed on publication_entry (change_seq) where lheo is not null and lheo_deflate is null;
