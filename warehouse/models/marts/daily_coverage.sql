-- One row per day of publication (UTC) and outlet: documents, articles, direct quotes, the
-- people and organisations quoted, and figures. Counted per document (a document under two
-- paths counts once); documents without a date or an outlet are counted under null.
with documents_by as (
    select published_day as day, outlet, count(*) as documents
    from stg_documents group by all
),
articles_by as (
    select published_day as day, outlet, count(*) as articles
    from stg_articles group by all
),
quoted_by as (
    select published_day as day, outlet, count(*) as direct_quotes, count(distinct person_id) as people_quoted
    from stg_quotes where kind = 'direct' group by all
),
figures_by as (
    select published_day as day, outlet, count(*) as figures
    from stg_figures group by all
)
select
    d.day,
    d.outlet,
    d.documents,
    coalesce(a.articles, 0) as articles,
    coalesce(q.direct_quotes, 0) as direct_quotes,
    coalesce(q.people_quoted, 0) as people_quoted,
    coalesce(f.figures, 0) as figures
from documents_by d
left join articles_by a on a.day is not distinct from d.day and a.outlet is not distinct from d.outlet
left join quoted_by q on q.day is not distinct from d.day and q.outlet is not distinct from d.outlet
left join figures_by f on f.day is not distinct from d.day and f.outlet is not distinct from d.outlet
