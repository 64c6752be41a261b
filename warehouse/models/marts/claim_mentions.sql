-- One row per figure that reports a claim: the same thing counted (unit), the same predicate,
-- direction and category, with a value compatible with the others (intervals that overlap,
-- chained in value order), in two articles or more.
with candidates as (
    select * exclude (claim_id)  -- the claim_id of the last build
    from stg_figures
    where claim_low is not null and claim_high is not null and unit is not null and predicate is not null
),
reach as (
    select
        *,
        max(claim_high) over (
            partition by category, unit, predicate, coalesce(direction, '')
            order by claim_low, claim_high, figure_id
            rows between unbounded preceding and 1 preceding
        ) as reach_before
    from candidates
),
clustered as (
    select
        *,
        sum(case when reach_before is null or claim_low > reach_before then 1 else 0 end) over (
            partition by category, unit, predicate, coalesce(direction, '')
            order by claim_low, claim_high, figure_id
            rows unbounded preceding
        ) as cluster
    from reach
),
claimed as (
    select
        *,
        count(distinct article_id) over claim as claim_articles,
        left(md5(concat_ws('|', category, unit, predicate, coalesce(direction, ''), min(figure_id) over claim)), 16) as claim_id
    from clustered
    window claim as (partition by category, unit, predicate, coalesce(direction, ''), cluster)
)
select
    claim_id,
    figure_id,
    document_id,
    article_id,
    file_name,
    article_ordinal,
    article_label,
    document_order,
    published_at,
    outlet,
    start_char,
    end_char,
    text,
    value,
    claim_low,
    claim_high,
    qualifier,
    direction,
    unit,
    predicate,
    category
from claimed
where claim_articles >= 2
