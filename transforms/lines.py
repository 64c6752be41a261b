"""Non-blank lines of each document with their code-point offsets.

Both paragraph styles of news text reduce to this: blank-line separated text
(BBC, live blogs) and one paragraph per line (web copy) both have exactly one
paragraph per non-blank line. Offsets are computed with ``len_chars`` so they are
code points, never bytes. The rest of the query is lazy, so the caller's query is
optimised as a whole.

A line ends at LF, CRLF or a lone CR (old Mac files): both CR forms are mapped to
one character each before splitting, so offsets stay those of ``documents.text``.

A line longer than ``MAX_LINE_CHARS`` (a file without line ends; no news paragraph
in the corpora reaches 2,600 characters) is cut into pieces of at most that many
characters, after the last sentence end in each, else the last space: every rule
downstream then works on bounded paragraphs, so no input costs more than linear
time (the quote rules on one 8 MB line took 24 s against 1.3 s for figures). The
bound also keeps paragraphs under DuckDB's 4 KB limit for strings stored inline:
loading 20 MB of 10,000-character paragraphs took 4.7 s, of 4,000-character ones 0.6 s.
"""

import polars as pl

MAX_LINE_CHARS = 4_000
SENTENCE_ENDS = (". ", "! ", "? ", ".” ", ".\" ", "?” ", "!” ")


def cut_long_line(line: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """Consecutive pieces of ``line`` (joined, they are ``line``), none longer than ``limit`` characters.

    Each cut goes after the last sentence end inside the piece, else after its last
    space, else at the limit. Every window is searched once: linear in the line.
    """
    pieces, start = [], 0
    while len(line) - start > limit:
        end = start + limit
        cut = max(line.rfind(mark, start, end) + len(mark) for mark in SENTENCE_ENDS)
        if cut <= start + len(SENTENCE_ENDS[0]):
            cut = line.rfind(" ", start, end) + 1
        if cut <= start:
            cut = end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def document_lines(documents: pl.DataFrame) -> pl.LazyFrame:
    """One row per non-blank line: document_id, line_no, start_char, end_char, text, after_blank.

    The lines are split eagerly: the CR mapping and the cutting of long lines run only
    on batches that need them (BBC: 0.05 s for its 4.8 MB; always on, 0.1 s).
    """
    text = pl.col("text")
    if documents["text"].str.contains("\r", literal=True).any():
        text = text.str.replace_all("\r\n", " \n", literal=True).str.replace_all("\r", "\n", literal=True)
    lines = (
        documents.select("document_id", text.str.split("\n").alias("raw"))
        .explode("raw")
        .with_columns(raw_len=pl.col("raw").str.len_chars())
        .with_columns(line_start=(pl.col("raw_len") + 1).cum_sum().over("document_id") - (pl.col("raw_len") + 1))
    )
    if (lines["raw_len"].max() or 0) > MAX_LINE_CHARS:
        lines = _cut_long_lines(lines)
    return (
        lines.lazy()
        .with_columns(
            line_no=pl.int_range(pl.len()).over("document_id"),
            text=pl.col("raw").str.strip_chars(),
            lead=pl.col("raw_len") - pl.col("raw").str.strip_chars_start().str.len_chars(),
        )
        .with_columns(
            is_blank=pl.col("text") == "",
            start_char=pl.col("line_start") + pl.col("lead"),
        )
        .with_columns(
            end_char=pl.col("start_char") + pl.col("text").str.len_chars(),
            next_is_blank=pl.col("is_blank").shift(-1).over("document_id").fill_null(False),
            has_next_text=(~pl.col("is_blank")).reverse().cum_sum().reverse().over("document_id") > 1,
        )
        .filter(~pl.col("is_blank"))
        .select("document_id", "line_no", "start_char", "end_char", "text", "next_is_blank", "has_next_text")
    )


def _cut_long_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """Lines longer than ``MAX_LINE_CHARS`` replaced by their pieces, in place, each at its own offset."""
    pieces = [cut_long_line(raw) if length > MAX_LINE_CHARS else [raw] for raw, length in lines.select("raw", "raw_len").iter_rows()]
    return (
        lines.with_columns(raw=pl.Series(pieces, dtype=pl.List(pl.String)), line=pl.int_range(pl.len()))
        .explode("raw")
        .with_columns(raw_len=pl.col("raw").str.len_chars())
        .with_columns(line_start=pl.col("line_start") + pl.col("raw_len").cum_sum().over("line") - pl.col("raw_len"))
        .drop("line")
    )
