-- Who is quoted most: direct quotes per resolved speaker, across documents.
select speaker, count(*) as quotes, count(distinct document_id) as documents
from quotes
where kind = 'direct' and speaker is not null
group by speaker
order by quotes desc, speaker
limit 5;
