-- Counts with what happened to them ("7,295 people were evacuated"), largest first, with the article's dateline.
select f.text, f.value, f.unit, f.predicate, a.dateline
from figures f
join articles a using (article_id)
where f.category = 'count' and f.predicate is not null
order by f.value desc
limit 8;
