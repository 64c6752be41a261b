-- Quoted words (without the quotation marks), their kind and who said them.
create table if not exists quotes (
    quote_id              varchar not null,   -- unique: checked by its suite and `wirehouse check`, not by an index
    document_id           varchar not null,
    article_id            varchar not null,
    paragraph_id          varchar not null,
    start_char            bigint not null,
    end_char              bigint not null,
    text                  varchar not null,
    kind                  varchar not null,   -- direct | scare
    speaker               varchar,            -- a person's fullest name, an organisation, or a role ("UK Film Council spokesman")
    speaker_type          varchar,            -- person | organisation | role | unknown (direct quotes only)
    speaker_affiliation   varchar,            -- organisation the article ties the speaker to ("Arsenal's Patrick Vieira")
    speaker_mention_start bigint,
    speaker_mention_end   bigint,
    cue                   varchar,
    continues             varchar             -- quote_id of the piece this one continues
);
