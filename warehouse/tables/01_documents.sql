-- One row per distinct content: a text file, a web page, or a record of a JSON Lines, CSV or
-- Parquet file. document_id is the sha256 of the raw bytes (with the context given beside them),
-- for a record of its text and context.
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
    decode_errors bigint default 0,   -- invalid byte sequences replaced with U+FFFD (see file_warnings)
    input_format  varchar default 'text',  -- text | html | jsonl | csv | parquet
    -- Context: from a record, a feed entry, the page's metadata or a text's sidecar; null when unknown.
    title         varchar,
    published_at  timestamp with time zone,  -- UTC
    published_precision varchar,            -- day | minute | second: what the source gave
    url           varchar,
    outlet        varchar,            -- the record's, the feed's, the page's site name, or the URL's host
    author        varchar,
    language      varchar             -- a lower-case tag: en, en-gb
);
