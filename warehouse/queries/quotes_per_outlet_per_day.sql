-- Direct quotes per outlet per day of publication (UTC), with how many articles and speakers they came from.
select d.outlet, (d.published_at at time zone 'UTC')::date as day, count(*) as quotes,
       count(distinct d.document_id) as articles, count(distinct q.speaker) as speakers
from quotes q
join documents d using (document_id)
where q.kind = 'direct' and d.published_at is not null
group by d.outlet, day
order by day, quotes desc, d.outlet;
