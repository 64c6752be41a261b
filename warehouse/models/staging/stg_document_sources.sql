-- Every input path that holds a document's bytes today, with its section folder.
-- Until document_sources records every path, a document's source_path is its one path.
select
    source_path as path,
    document_id,
    file_name,
    section
from stg_documents
