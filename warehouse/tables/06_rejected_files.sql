-- Files that could not be ingested, with the reason; the run went on without them.
-- A file is recorded again only when it has changed (another fingerprint).
create table if not exists rejected_files (
    path        varchar not null,
    reason      varchar not null,
    run_id      varchar not null,
    seen_at     timestamp with time zone not null,
    fingerprint varchar    -- sha256 of the bytes; for a file that could not be read, its type, size and mtime
);
