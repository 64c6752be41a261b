-- Files that could not be ingested, with the reason; the run went on without them.
create table if not exists rejected_files (
    path     varchar not null,
    reason   varchar not null,
    run_id   varchar not null,
    seen_at  timestamp with time zone not null
);
