-- Issue #22 (P2): each published session's LHEO fragment (its <formation> element), rendered once when the session is
-- published and stored beside its JSON, so that the export streams stored text instead of rendering every session
-- on every pull. Null for a tombstone, for a session LHEO cannot describe (no NDA, no place), and for the entries
-- written before this migration (the export renders those from their JSON, as before).
alter table publication_entry add column lheo text;
