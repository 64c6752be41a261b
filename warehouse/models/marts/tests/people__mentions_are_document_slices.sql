-- Every person mention's text is its slice of the document (offsets are code points, end-exclusive),
-- as long as its span: a span past the text's end fails too.
-- The slice is cut from the document's 128-code-point pieces the mention covers, not from the whole
-- text: substring walks a text from its start, so per mention it would cost the document's length
-- (quadratic in one long document); the pieces cost one pass over each text.
with pieces as (
    select document_id, unnest(pieces) as piece, generate_subscripts(pieces, 1) - 1 as piece_no
    from (select document_id, regexp_extract_all(text, '(?s).{1,128}') as pieces from documents)
),
covered as (
    select m.rowid as mention, min(c.piece_no) as first_piece, string_agg(c.piece, '' order by c.piece_no) as text
    from person_mentions m, unnest(range(m.start_char // 128, (m.end_char + 127) // 128)) as r(piece_no)
    join pieces c on c.document_id = m.document_id and c.piece_no = r.piece_no
    group by m.rowid
)
select m.person_id, m.document_id, m.start_char, m.end_char, m.text
from person_mentions m
join documents d using (document_id)
left join covered v on v.mention = m.rowid
where m.start_char < 0 or length(m.text) <> m.end_char - m.start_char
   or substring(coalesce(v.text, ''), m.start_char - coalesce(v.first_piece, 0) * 128 + 1, m.end_char - m.start_char) <> m.text
