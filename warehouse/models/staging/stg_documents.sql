-- Documents without their text, with the section (the folder holding the file), their context
-- (outlet, publication time and its UTC day) and their order: by publication, then arrival.
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
    input_format,
    title,
    published_at,
    (published_at at time zone 'UTC')::date as published_day,
    published_precision,
    url,
    outlet,
    author,
    language,
    row_number() over (order by published_at nulls last, ingested_at, source_path) as document_order
from documents
