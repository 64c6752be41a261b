-- One row per quotation found in two articles or more, word for word or lightly edited:
-- who said it and where it first appears (document order, then offset).
with members as (
    select m.reuse_id, m.similarity, q.*
    from quote_matches m
    join stg_quotes q using (quote_id)
)
select
    reuse_id,
    arg_min(text, (document_order, start_char)) as text,
    arg_min(speaker, (document_order, start_char)) as speaker,
    arg_min(person_id, (document_order, start_char)) as person_id,
    count(*) as quotes,
    count(distinct article_id) as articles,
    count(distinct document_id) as documents,
    min(similarity) < 1 as edited,
    min(similarity) as min_similarity,
    arg_min(quote_id, (document_order, start_char)) as first_quote_id,
    arg_min(document_id, (document_order, start_char)) as first_document_id,
    arg_min(file_name, (document_order, start_char)) as first_file_name,
    arg_min(article_id, (document_order, start_char)) as first_article_id,
    list(quote_id order by document_order, start_char) as quote_ids
from members
group by reuse_id
