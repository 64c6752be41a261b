-- One row per canonical speaker per document: the mentions that attribute quotes to
-- them (as written in documents.text) and how many direct quotes they have.
create or replace view speakers as
select
    q.document_id,
    q.speaker,
    list_sort(list(distinct q.speaker_mention)) as aliases,
    count(*) filter (where q.kind = 'direct') as direct_quotes,
    count(distinct q.article_id) as articles,
    min(q.start_char) as first_quote_char
from quotes q
semi join documents d using (document_id)
where q.speaker is not null
  and q.speaker_mention_start is not null
group by q.document_id, q.speaker;
