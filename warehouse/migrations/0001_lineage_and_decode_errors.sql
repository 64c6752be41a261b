-- Warehouses made before document_sources, decode_errors and rejected_files.fingerprint
-- (tables/ created the new tables already; columns are added, paths backfilled).
alter table documents add column if not exists decode_errors bigint default 0;
alter table quarantine_documents add column if not exists decode_errors bigint;
alter table rejected_files add column if not exists fingerprint varchar;
-- Each document's recorded path holds it; paths whose duplicates were skipped were never recorded.
insert into document_sources (path, document_id, first_seen_at, last_seen_at, removed_at, first_run_id, last_run_id)
select source_path, document_id, ingested_at, ingested_at, null, run_id, run_id
from documents d
where not exists (select 1 from document_sources s where s.path = d.source_path);
