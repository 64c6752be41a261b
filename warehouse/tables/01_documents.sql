-- One row per distinct raw file content; document_id is the sha256 of the raw bytes.
create table if not exists documents (
    document_id  varchar primary key,
    source_path  varchar not null,
    file_name    varchar not null,
    encoding     varchar not null,
    byte_size    bigint not null,
    char_count   bigint not null,
    text         varchar not null,
    ingested_at  timestamp with time zone not null,
    run_id       varchar not null,
    decode_errors bigint default 0    -- invalid byte sequences replaced with U+FFFD (see file_warnings)
);
