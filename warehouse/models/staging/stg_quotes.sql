-- Quotes with their article's context and a word count; person_id links people.
select
    q.quote_id,
    q.document_id,
    q.article_id,
    q.paragraph_id,
    q.start_char,
    q.end_char,
    q.text,
    len(regexp_extract_all(q.text, '[\p{L}\p{N}]+')) as word_count,
    q.kind,
    q.speaker,
    q.speaker_type,
    q.speaker_affiliation,
    q.speaker_mention,
    q.person_id,
    q.cue,
    q.continues,
    a.ordinal as article_ordinal,
    a.label as article_label,
    a.file_name,
    a.section,
    a.outlet,
    a.published_at,
    a.published_day,
    a.document_order
from quotes q
join stg_articles a using (article_id)
