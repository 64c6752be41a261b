-- Every person mention's text is its slice of the document (offsets are code points, end-exclusive).
select m.person_id, m.document_id, m.start_char, m.end_char, m.text
from person_mentions m join documents d using (document_id)
where substring(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.text
