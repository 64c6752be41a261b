-- One row per outlet and the person or organisation it quotes: direct quotes, the documents
-- they are in, and the first and last publication that quotes them. Documents without an
-- outlet are counted under null.
select
    q.outlet,
    q.person_id,
    p.name,
    p.person_type,
    count(*) as quotes,
    count(distinct q.document_id) as documents,
    min(q.published_at) as first_published_at,
    max(q.published_at) as last_published_at
from stg_quotes q
join people p using (person_id)
where q.kind = 'direct'
group by q.outlet, q.person_id, p.name, p.person_type
