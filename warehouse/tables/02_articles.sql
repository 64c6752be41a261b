-- Articles within a document: one for BBC-style files, one per dateline in live blogs.
create table if not exists articles (
    article_id   varchar not null,   -- unique: checked by its suite and `wirehouse check`, not by an index
    document_id  varchar not null,
    ordinal      integer not null,
    headline     varchar,
    dateline     varchar,
    start_char   bigint not null,
    end_char     bigint not null,
    text         varchar not null
);
