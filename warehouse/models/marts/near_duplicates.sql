-- One row per pair of documents or of articles that are copies or near-copies, with both
-- sides' context. kind: copy (Jaccard >= 0.9), near_copy (>= 0.5) or contained (the smaller
-- text's shingles are mostly in the larger).
with sides as (
    select 'document' as level, document_id as id, file_name, file_name as label, char_count from stg_documents
    union all
    select 'article', article_id, file_name, label, char_count from stg_articles
)
select
    p.level,
    p.left_id,
    p.right_id,
    l.file_name as left_file_name,
    r.file_name as right_file_name,
    l.label as left_label,
    r.label as right_label,
    l.char_count as left_chars,
    r.char_count as right_chars,
    p.jaccard,
    p.containment,
    case when p.jaccard >= 0.9 then 'copy' when p.jaccard >= 0.5 then 'near_copy' else 'contained' end as kind,
    p.method
from near_duplicate_pairs p
join sides l on l.level = p.level and l.id = p.left_id
join sides r on r.level = p.level and r.id = p.right_id
