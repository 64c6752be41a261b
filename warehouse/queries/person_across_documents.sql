-- One person across documents: where Volodymyr Zelensky is quoted or named, by any spelling.
select d.file_name, count(*) filter (where m.via = 'speaker') as as_speaker,
       count(*) filter (where m.via = 'name') as named, list(distinct m.text order by m.text) as written_as
from people p
join person_mentions m using (person_id)
join documents d using (document_id)
where p.name = 'Volodymyr Zelensky'
group by d.file_name
order by d.file_name;
