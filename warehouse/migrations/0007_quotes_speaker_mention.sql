-- Warehouses made before quotes kept their speaker mention's words: the column, filled from
-- the documents once here, so the speakers view never slices a document's text per quote.
alter table quotes add column if not exists speaker_mention varchar;
alter table quarantine_quotes add column if not exists speaker_mention varchar;
update quotes set speaker_mention = substring(d.text, quotes.speaker_mention_start + 1, quotes.speaker_mention_end - quotes.speaker_mention_start)
from documents d
where d.document_id = quotes.document_id and quotes.speaker_mention_start is not null and quotes.speaker_mention is null;
