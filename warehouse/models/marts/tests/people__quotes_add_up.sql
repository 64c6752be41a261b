-- The people's quote counts add up to the direct quotes that carry a person_id.
select total_in_people, total_in_quotes
from (select sum(quotes) as total_in_people from people),
     (select count(*) as total_in_quotes from quotes where kind = 'direct' and person_id is not null)
where total_in_people <> total_in_quotes
