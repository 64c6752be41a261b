-- Every input path that holds a document's bytes today (the paths --prune has not removed),
-- with its file name and section folder: duplicate files are one document under two paths, and
-- a record file holds one document per record (line or row).
select
    path,
    record,
    document_id,
    regexp_extract(path, '([^/\\]+)$', 1) as file_name,
    regexp_extract(path, '([^/\\]+)[/\\][^/\\]+$', 1) as section
from document_sources
where removed_at is null
