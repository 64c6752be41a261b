-- What one speaker said, in which file and article, with the reporting cue
-- (the speaker is the fullest form of the name in the article).
select d.file_name, a.ordinal as article, q.cue, left(q.text, 60) as quote
from quotes q
join articles a using (article_id)
join documents d on d.document_id = q.document_id
where q.speaker = 'Volodymyr Zelensky' and q.kind = 'direct'
order by d.file_name, q.start_char
limit 6;
