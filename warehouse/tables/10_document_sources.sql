-- One row per input path ever seen (per record, for JSON Lines, CSV and Parquet files): the document its bytes are, when it was first and last
-- seen, and when a --prune run found it gone. Renames, duplicate files and pruning act on
-- these rows: a document is deleted only when no path still holding it (removed_at is null)
-- remains. The load keeps (path, record) unique.
create table if not exists document_sources (
    path          varchar not null,   -- the file's resolved path
    document_id   varchar not null,   -- documents.document_id (sha256 of the bytes) the path holds
    first_seen_at timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null,
    removed_at    timestamp with time zone,  -- set by --prune when the path is no longer among the inputs
    first_run_id  varchar not null,
    last_run_id   varchar not null,
    record        bigint,             -- a record file's line (JSON Lines) or row (CSV, Parquet), from 1; null for a whole file
    file_fingerprint varchar          -- sha256 of the file as read (with its sidecar or record mapping): unchanged files are skipped
);
