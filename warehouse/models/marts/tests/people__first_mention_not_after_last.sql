-- A person's first mention comes no later than its last (in document order, then offset).
select p.person_id, p.name, f.document_order as first_order, l.document_order as last_order
from people p
join stg_documents f on f.document_id = p.first_document_id
join stg_documents l on l.document_id = p.last_document_id
where f.document_order > l.document_order
   or (f.document_order = l.document_order and p.first_mention_char > p.last_mention_char)
