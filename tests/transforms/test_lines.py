"""Lines: LF, CRLF and lone CR all end a line; an over-long line is cut into bounded pieces at linear cost."""

import polars as pl
from hypothesis import given, settings, strategies as st

from tests.conftest import documents_frame
from transforms.articles import segment, split_paragraphs
from transforms.lines import MAX_LINE_CHARS, cut_long_line, document_lines

BODY = ["Aid arrives", "", "About 2,389 children were evacuated.", "", "“We are working,” said Jane Doe."]


def paragraphs_of(text: str) -> list[str]:
    return split_paragraphs(segment(documents_frame(text)))["text"].to_list()


def test_cr_only_crlf_and_lf_files_give_the_same_paragraphs():
    expected = paragraphs_of("\n".join(BODY))
    assert len(expected) == 3
    assert paragraphs_of("\r".join(BODY)) == expected
    assert paragraphs_of("\r\n".join(BODY)) == expected


def test_cr_only_offsets_point_into_the_original_text():
    text = "\r".join(BODY)
    for start, end, line in document_lines(documents_frame(text)).select("start_char", "end_char", "text").collect().iter_rows():
        assert text[start:end] == line


def test_a_long_line_is_cut_after_sentence_ends_into_bounded_pieces():
    sentence = "The council said 12 homes were flooded on Monday. "
    line = sentence * (3 * MAX_LINE_CHARS // len(sentence))
    pieces = cut_long_line(line)
    assert "".join(pieces) == line
    assert all(len(piece) <= MAX_LINE_CHARS for piece in pieces) and len(pieces) >= 3
    assert all(piece.endswith(". ") for piece in pieces[:-1])


def test_a_long_line_without_spaces_is_cut_at_the_limit():
    pieces = cut_long_line("x" * (2 * MAX_LINE_CHARS + 5))
    assert [len(piece) for piece in pieces] == [MAX_LINE_CHARS, MAX_LINE_CHARS, 5]


def test_paragraphs_of_a_long_line_keep_their_document_offsets():
    text = "Headline\n\n" + "Prices rose 3% in May, officials said. " * 600 + "\nLast line."
    documents = documents_frame(text)
    paragraphs = split_paragraphs(segment(documents))
    assert paragraphs["text"].str.len_chars().max() <= MAX_LINE_CHARS
    for start, end, paragraph in paragraphs.select("start_char", "end_char", "text").iter_rows():
        assert text[start:end] == paragraph


def is_white(character: str) -> bool:
    """Unicode White_Space, as polars strips it: Python's isspace also counts the separators U+001C-U+001F."""
    return character.isspace() and not "\x1c" <= character <= "\x1f"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab .“”\"\t\u00a0é😀", max_size=30) | st.text(max_size=5), max_size=12),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_every_line_is_its_slice_of_the_text(chunks, line_end):
    text = line_end.join(chunks)
    if not text.strip():
        return
    lines = document_lines(documents_frame(text)).collect()
    for start, end, line in lines.select("start_char", "end_char", "text").iter_rows():
        assert text[start:end] == line and line and not is_white(line[0]) and not is_white(line[-1])


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. !?”")), min_size=0, max_size=400), st.integers(min_value=5, max_value=50))
def test_cut_pieces_join_to_the_line_and_respect_the_limit(line, limit):
    pieces = cut_long_line(line, limit)
    assert "".join(pieces) == line
    assert all(len(piece) <= limit for piece in pieces)
