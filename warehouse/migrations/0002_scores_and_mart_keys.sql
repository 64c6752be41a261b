-- Columns added with the marts (warehouses created before them): a score's two sides, which
-- the figure extractor will fill, and the keys the mart build fills (quotes.person_id,
-- figures.claim_id).
alter table quotes add column if not exists person_id varchar;
alter table figures add column if not exists score_first double;
alter table figures add column if not exists score_second double;
alter table figures add column if not exists claim_id varchar;
alter table quarantine_figures add column if not exists score_first double;
alter table quarantine_figures add column if not exists score_second double;
