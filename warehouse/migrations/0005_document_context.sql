-- Warehouses made before web pages, feeds and record files: documents gain their input
-- format (what they held was text) and context columns (null: plain text said nothing),
-- and document_sources a record number and each file's fingerprint (a text file's is its
-- document_id). document_originals and fetches come from tables/.
alter table documents add column if not exists input_format varchar default 'text';
update documents set input_format = 'text' where input_format is null;
alter table documents add column if not exists title varchar;
alter table documents add column if not exists published_at timestamp with time zone;
alter table documents add column if not exists published_precision varchar;
alter table documents add column if not exists url varchar;
alter table documents add column if not exists outlet varchar;
alter table documents add column if not exists author varchar;
alter table documents add column if not exists language varchar;
alter table quarantine_documents add column if not exists input_format varchar;
alter table quarantine_documents add column if not exists title varchar;
alter table quarantine_documents add column if not exists published_at timestamp with time zone;
alter table quarantine_documents add column if not exists published_precision varchar;
alter table quarantine_documents add column if not exists url varchar;
alter table quarantine_documents add column if not exists outlet varchar;
alter table quarantine_documents add column if not exists author varchar;
alter table quarantine_documents add column if not exists language varchar;
alter table document_sources add column if not exists record bigint;
alter table document_sources add column if not exists file_fingerprint varchar;
update document_sources set file_fingerprint = document_id where file_fingerprint is null;
