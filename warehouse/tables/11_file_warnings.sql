-- Files that loaded, with something the reader should know: one row per file and warning,
-- recorded by the run that ingested the content.
create table if not exists file_warnings (
    path        varchar not null,
    document_id varchar not null,
    warning     varchar not null,   -- invalid_bytes_replaced: documents.decode_errors byte sequences became U+FFFD
    detail      varchar not null,   -- e.g. '3 invalid UTF-8 byte sequences replaced with U+FFFD'
    run_id      varchar not null,
    seen_at     timestamp with time zone not null
);
