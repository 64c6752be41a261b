-- One row per claim: a quantity reported in two articles or more (see claim_mentions), its
-- range of values, where and when it first appears (by publication date, undated last), and whether a document that reports it also
-- gives a value for the same unit and predicate that does not fit (conflicting).
with hull as (
    select
        claim_id,
        any_value(category) as category,
        any_value(unit) as unit,
        any_value(predicate) as predicate,
        any_value(direction) as direction,
        min(claim_low) as value_low,
        max(claim_high) as value_high,
        list_sort(list(distinct text)) as texts,
        count(*) as mentions,
        count(distinct article_id) as articles,
        count(distinct document_id) as documents,
        arg_min(figure_id, (document_order, start_char)) as first_figure_id,
        arg_min(file_name, (document_order, start_char)) as first_file_name,
        arg_min(text, (document_order, start_char)) as first_text,
        arg_min(published_at, (document_order, start_char)) as first_published_at,
        arg_min(outlet, (document_order, start_char)) as first_outlet
    from claim_mentions
    group by claim_id
),
conflicts as (
    select
        h.claim_id,
        list_sort(list(distinct f.text)) as conflicting_texts
    from hull h
    join (select distinct claim_id, document_id from claim_mentions) c using (claim_id)
    join stg_figures f
      on f.document_id = c.document_id
     and f.category = h.category
     and f.unit = h.unit
     and f.predicate = h.predicate
     and coalesce(f.direction, '') = coalesce(h.direction, '')
     and (f.claim_high < h.value_low or f.claim_low > h.value_high)
    group by h.claim_id
)
select
    h.claim_id,
    h.category,
    h.unit,
    h.predicate,
    h.direction,
    h.value_low,
    h.value_high,
    h.texts,
    h.mentions,
    h.articles,
    h.documents,
    h.first_figure_id,
    h.first_file_name,
    h.first_text,
    h.first_published_at,
    h.first_outlet,
    c.conflicting_texts is not null as conflicting,
    coalesce(c.conflicting_texts, []) as conflicting_texts
from hull h
left join conflicts c using (claim_id)
