-- One row per article per input path holding its document: counts for charts by section
-- folder, file or article. A document under two paths is counted under both.
with quoted as (
    select article_id, count(*) as quotes, count(*) filter (where kind = 'direct') as direct_quotes
    from quotes group by article_id
),
counted as (
    select article_id, count(*) as figures, count(distinct claim_id) as claims
    from figures group by article_id
),
named as (
    select article_id, count(distinct person_id) as people
    from person_mentions group by article_id
),
paired as (
    select left_id as article_id from near_duplicate_pairs where level = 'article'
    union
    select right_id from near_duplicate_pairs where level = 'article'
)
select
    s.path,
    s.section,
    s.file_name,
    a.outlet,
    a.published_day,
    a.document_id,
    a.article_id,
    a.ordinal as article_ordinal,
    a.label as article_label,
    a.char_count,
    coalesce(q.quotes, 0) as quotes,
    coalesce(q.direct_quotes, 0) as direct_quotes,
    coalesce(c.figures, 0) as figures,
    coalesce(c.claims, 0) as claims,
    coalesce(n.people, 0) as people,
    a.article_id in (select article_id from paired) as near_duplicate
from stg_document_sources s
join stg_articles a using (document_id)
left join quoted q using (article_id)
left join counted c using (article_id)
left join named n using (article_id)
