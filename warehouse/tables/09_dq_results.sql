-- One row per expectation per validation: the pipeline's validate stage writes
-- scope 'run'; `wirehouse check` is read-only and reports on stdout and in Data Docs.
create table if not exists dq_results (
    run_id            varchar,
    suite             varchar not null,  -- the table the suite validates
    expectation       varchar not null,  -- the expectation's name, as in quarantine failed_expectations
    column_name       varchar,
    success           boolean not null,
    observed_value    varchar,
    unexpected_count  bigint,
    unexpected_sample varchar,            -- JSON array of up to 5 failing rows (key and telling columns)
    checked_at        timestamp with time zone not null,
    scope             varchar not null    -- run | check
);
