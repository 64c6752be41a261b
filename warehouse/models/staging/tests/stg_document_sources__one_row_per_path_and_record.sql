-- A path holds one document per record (a whole file once).
select path, record, count(*) as rows
from stg_document_sources
group by path, record
having count(*) > 1
