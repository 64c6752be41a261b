-- One row per person or organisation: the names merged into it, how often it is quoted,
-- where it is named, and its first and last mention in document order.
with mentions as (
    select m.person_id, m.document_id, m.article_id, m.start_char, d.file_name, d.document_order
    from person_mentions m
    join stg_documents d using (document_id)
),
spans as (
    select
        person_id,
        count(*) as mentions,
        count(distinct document_id) as documents,
        count(distinct article_id) as articles,
        arg_min(document_id, (document_order, start_char)) as first_document_id,
        arg_min(file_name, (document_order, start_char)) as first_file_name,
        arg_min(start_char, (document_order, start_char)) as first_mention_char,
        arg_max(document_id, (document_order, start_char)) as last_document_id,
        arg_max(file_name, (document_order, start_char)) as last_file_name,
        arg_max(start_char, (document_order, start_char)) as last_mention_char
    from mentions
    group by person_id
),
quoted as (
    select
        person_id,
        count(*) filter (where kind = 'direct') as quotes,
        list(distinct speaker_affiliation) filter (where speaker_affiliation is not null) as quoted_affiliations
    from stg_quotes
    where person_id is not null
    group by person_id
),
named as (
    select
        person_id,
        any_value(name) as name,
        any_value(person_type) as person_type,
        list_sort(list(distinct alias)) as aliases,
        coalesce(list_sort(list(distinct title) filter (where title is not null)), []) as titles,
        list(distinct affiliation) filter (where affiliation is not null) as alias_affiliations
    from person_aliases
    group by person_id
)
select
    n.person_id,
    n.name,
    n.person_type,
    n.aliases,
    n.titles,
    list_sort(list_distinct(list_concat(coalesce(q.quoted_affiliations, []), coalesce(n.alias_affiliations, [])))) as affiliations,
    coalesce(q.quotes, 0) as quotes,
    coalesce(s.documents, 0) as documents,
    coalesce(s.articles, 0) as articles,
    coalesce(s.mentions, 0) as mentions,
    s.first_document_id,
    s.first_file_name,
    s.first_mention_char,
    s.last_document_id,
    s.last_file_name,
    s.last_mention_char
from named n
left join quoted q using (person_id)
left join spans s using (person_id)
