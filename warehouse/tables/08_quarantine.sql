-- Rows that failed validation, kept with the reasons instead of loaded: one table per
-- base table with all its columns, nullable and without keys (bad rows may lack or
-- repeat them), plus failed_expectations ('; '-joined expectation names), the run, and when.
-- documents already carries run_id, so quarantine_documents has it once.
create table if not exists quarantine_documents (
    document_id         varchar,
    source_path         varchar,
    file_name           varchar,
    encoding            varchar,
    byte_size           bigint,
    char_count          bigint,
    text                varchar,
    ingested_at         timestamp with time zone,
    run_id              varchar,
    decode_errors       bigint,
    input_format        varchar,
    title               varchar,
    published_at        timestamp with time zone,
    published_precision varchar,
    url                 varchar,
    outlet              varchar,
    author              varchar,
    language            varchar,
    failed_expectations varchar,
    quarantined_at      timestamp with time zone
);
create table if not exists quarantine_articles (
    article_id          varchar,
    document_id         varchar,
    ordinal             integer,
    headline            varchar,
    dateline            varchar,
    start_char          bigint,
    end_char            bigint,
    text                varchar,
    failed_expectations varchar,
    run_id              varchar,
    quarantined_at      timestamp with time zone
);
create table if not exists quarantine_paragraphs (
    paragraph_id        varchar,
    article_id          varchar,
    document_id         varchar,
    ordinal             integer,
    start_char          bigint,
    end_char            bigint,
    text                varchar,
    is_boilerplate      boolean,
    is_headline         boolean,
    failed_expectations varchar,
    run_id              varchar,
    quarantined_at      timestamp with time zone
);
create table if not exists quarantine_quotes (
    quote_id              varchar,
    document_id           varchar,
    article_id            varchar,
    paragraph_id          varchar,
    start_char            bigint,
    end_char              bigint,
    text                  varchar,
    kind                  varchar,
    speaker               varchar,
    speaker_type          varchar,
    speaker_affiliation   varchar,
    speaker_mention_start bigint,
    speaker_mention_end   bigint,
    cue                   varchar,
    continues             varchar,
    failed_expectations   varchar,
    run_id                varchar,
    quarantined_at        timestamp with time zone
);
create table if not exists quarantine_figures (
    figure_id           varchar,
    document_id         varchar,
    article_id          varchar,
    paragraph_id        varchar,
    start_char          bigint,
    end_char            bigint,
    text                varchar,
    value               double,
    value_low           double,
    value_high          double,
    qualifier           varchar,
    direction           varchar,
    unit                varchar,
    category            varchar,
    predicate           varchar,
    unit_start          bigint,
    unit_end            bigint,
    counted             varchar,
    score_first         bigint,
    score_second        bigint,
    failed_expectations varchar,
    run_id              varchar,
    quarantined_at      timestamp with time zone
);
