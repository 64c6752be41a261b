-- Columns added with the marts (warehouses created before them): the speaker's type and
-- affiliation and a score's two sides, which the extractors fill, and the mart keys the
-- mart build fills (quotes.person_id, figures.claim_id).
alter table quotes add column if not exists speaker_type varchar;
alter table quotes add column if not exists speaker_affiliation varchar;
alter table quotes add column if not exists person_id varchar;
alter table figures add column if not exists score_first double;
alter table figures add column if not exists score_second double;
alter table figures add column if not exists claim_id varchar;
alter table quarantine_quotes add column if not exists speaker_type varchar;
alter table quarantine_quotes add column if not exists speaker_affiliation varchar;
alter table quarantine_figures add column if not exists score_first double;
alter table quarantine_figures add column if not exists score_second double;
