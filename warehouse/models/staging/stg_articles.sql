-- Articles with their document's context and a label to show them by.
select
    a.article_id,
    a.document_id,
    a.ordinal,
    a.headline,
    a.dateline,
    coalesce(a.headline, a.dateline, d.title, d.file_name) as label,
    a.start_char,
    a.end_char,
    a.end_char - a.start_char as char_count,
    d.file_name,
    d.section,
    d.outlet,
    d.published_at,
    d.published_day,
    d.document_order
from articles a
join stg_documents d using (document_id)
