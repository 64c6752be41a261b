-- Warehouses made before runs recorded their extraction rules: the rules of their runs
-- and of their stored documents' rows are unknown (null), which counts as other rules.
alter table pipeline_runs add column if not exists rules_version varchar;
alter table documents add column if not exists rules_version varchar;
