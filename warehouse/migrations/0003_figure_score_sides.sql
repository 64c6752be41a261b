-- Scores keep both sides in the order written ("28-17": 28 and 17); a warehouse made
-- before them gains the two columns (a new one has them from tables/).
alter table figures add column if not exists score_first bigint;
alter table figures add column if not exists score_second bigint;
alter table quarantine_figures add column if not exists score_first bigint;
alter table quarantine_figures add column if not exists score_second bigint;
