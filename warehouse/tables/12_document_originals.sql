-- The file bytes of documents extracted from markup (web pages), gzip-compressed, with the
-- context given beside them (a sidecar, a feed entry): `run --full-refresh` extracts them again.
create table if not exists document_originals (
    document_id  varchar not null,   -- documents.document_id
    input_format varchar not null,   -- html
    content      blob not null,      -- gzip of the file's bytes as read
    given        json                -- context given from outside the page, as the run read it
);
