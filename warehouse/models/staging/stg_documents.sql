-- Documents without their text, with the section (the folder holding the file) and their order of arrival.
select
    document_id,
    file_name,
    source_path,
    regexp_extract(source_path, '([^/\\]+)[/\\][^/\\]+$', 1) as section,
    encoding,
    byte_size,
    char_count,
    ingested_at,
    run_id,
    row_number() over (order by ingested_at, source_path) as document_order
from documents
