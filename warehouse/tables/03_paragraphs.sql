-- Paragraphs (non-blank lines) numbered from 1 within their article.
create table if not exists paragraphs (
    paragraph_id   varchar not null,   -- unique: checked by its suite and `wirehouse check`, not by an index
    article_id     varchar not null,
    document_id    varchar not null,
    ordinal        integer not null,
    start_char     bigint not null,
    end_char       bigint not null,
    text           varchar not null,
    is_boilerplate boolean not null,
    is_headline    boolean not null
);
