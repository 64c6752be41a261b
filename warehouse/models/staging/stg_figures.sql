-- Figures with their article's context, unit and predicate lowercased, and the interval of values
-- the text allows (claim_low, claim_high) that claims compare. A round number's step is its
-- last non-zero digit's place (7,000: 1,000; 2,389: 1; 4.5: 0.1): "more than 7,000" allows
-- 7,000 to 8,000, "about 300,000" 250,000 to 350,000, "up to 400" 300 to 400.
with stepped as (
    select
        f.*,
        case
            when f.value is null or f.value = 0 then null
            when f.value = floor(f.value) then 10 ^ (length(abs(f.value)::bigint::varchar) - length(rtrim(abs(f.value)::bigint::varchar, '0')))
            else 10 ^ (-least(6, length(split_part(abs(f.value)::varchar, '.', 2))))
        end as step
    from figures f
)
select
    f.figure_id,
    f.document_id,
    f.article_id,
    f.paragraph_id,
    f.start_char,
    f.end_char,
    f.text,
    f.value,
    f.value_low,
    f.value_high,
    f.qualifier,
    f.direction,
    lower(f.unit) as unit,
    f.category,
    lower(f.predicate) as predicate,
    f.counted,
    f.score_first,
    f.score_second,
    f.claim_id,
    case f.qualifier
        when 'exact' then f.value
        when 'approx' then f.value - f.step / 2
        when 'at_least' then f.value
        when 'more_than' then f.value
        when 'less_than' then f.value - f.step
        when 'up_to' then f.value - f.step
        when 'range' then f.value_low
    end as claim_low,
    case f.qualifier
        when 'exact' then f.value
        when 'approx' then f.value + f.step / 2
        when 'at_least' then f.value + f.step
        when 'more_than' then f.value + f.step
        when 'less_than' then f.value
        when 'up_to' then f.value
        when 'range' then f.value_high
    end as claim_high,
    a.ordinal as article_ordinal,
    a.label as article_label,
    a.file_name,
    a.section,
    a.outlet,
    a.published_at,
    a.published_day,
    a.document_order
from stepped f
join stg_articles a using (article_id)
