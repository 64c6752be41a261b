-- A person's quotes, summed over the outlets that quote them, are the person's quotes.
select p.person_id, p.quotes, sum(o.quotes) as over_outlets
from people p
join outlet_quotes o using (person_id)
group by p.person_id, p.quotes
having sum(o.quotes) <> p.quotes
