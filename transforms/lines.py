"""Non-blank lines of each document with their code-point offsets.

Both paragraph styles of news text reduce to this: blank-line separated text
(BBC, live blogs) and one paragraph per line (web copy) both have exactly one
paragraph per non-blank line. Offsets are computed with ``len_chars`` so they are
code points, never bytes. Lazy, so the caller's query is optimised as a whole.
"""

import polars as pl


def document_lines(documents: pl.LazyFrame) -> pl.LazyFrame:
    """One row per non-blank line: document_id, line_no, start_char, end_char, text, after_blank."""
    lines = (
        documents.select("document_id", pl.col("text").str.split("\n").alias("raw"))
        .explode("raw")
        .with_columns(
            line_no=pl.int_range(pl.len()).over("document_id"),
            raw_len=pl.col("raw").str.len_chars(),
        )
        .with_columns(
            line_start=(pl.col("raw_len") + 1).cum_sum().over("document_id") - (pl.col("raw_len") + 1),
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
    )
    return lines.filter(~pl.col("is_blank")).select(
        "document_id", "line_no", "start_char", "end_char", "text", "next_is_blank", "has_next_text"
    )
