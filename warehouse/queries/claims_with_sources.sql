-- Quantities reported in several articles, each mention with its file and article.
select c.unit, c.predicate, m.text, m.file_name, m.article_label as article, c.conflicting
from claims c
join claim_mentions m using (claim_id)
order by c.unit, c.predicate, m.document_order, m.start_char;
