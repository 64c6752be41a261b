-- Warehouses created before quotes had a speaker type and affiliation: the columns, empty
-- for the rows already loaded (a re-run of their documents fills them).
alter table quotes add column if not exists speaker_type varchar;
alter table quotes add column if not exists speaker_affiliation varchar;
alter table quarantine_quotes add column if not exists speaker_type varchar;
alter table quarantine_quotes add column if not exists speaker_affiliation varchar;
