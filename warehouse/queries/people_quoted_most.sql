-- Who is quoted most: one row per person or organisation, spellings and titles merged.
select name, person_type, quotes, documents, aliases
from people
order by quotes desc, name
limit 5;
