-- One row per flow run: what it saw, what it loaded, how long each stage took.
create table if not exists pipeline_runs (
    run_id           varchar primary key,
    flow_run_id      varchar,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    status           varchar not null,  -- completed | completed_with_quarantine | up_to_date | failed | interrupted
    trigger          varchar not null,  -- manual | schedule | deployment | ci
    paths            varchar,
    files_seen       integer,
    files_new        integer,
    files_changed    integer,
    files_skipped    integer,
    files_rejected   integer,
    documents_rows   integer,
    articles_rows    integer,
    paragraphs_rows  integer,
    quotes_rows      integer,
    figures_rows     integer,
    quarantined_rows integer,
    table_rows       json,              -- rows per content table after the run
    stage_seconds    json,
    dq_summary       varchar,
    error            varchar
);
