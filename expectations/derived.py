"""Helper columns for cross-table rules, computed in polars with vectorised joins.

A foreign key or an offset invariant spans two frames, which no single GX
expectation over one frame can check; each helper is a boolean column (never
null) that the suites expect to be true, so a failure is still a named GX
expectation on the failing row. Span and text rules hold vacuously when the
parent row is missing: ``<parent>_resolves`` alone reports a dangling key.
"""

import polars as pl

SPAN_START = "parent_start_char"
SPAN_END = "parent_end_char"
DOCUMENT_TEXT = "_document_text"
ROW = "_row"
# Longer documents' rows are checked in Python (see ``text_matches_document``).
LONG_DOCUMENT_BYTES = 1_000_000


def document_spans(documents: pl.DataFrame) -> pl.DataFrame:
    """Each document's whole text as a span, so articles check against documents like any child."""
    return documents.select("document_id", pl.lit(0, pl.Int64).alias("start_char"), pl.col("text").str.len_chars().cast(pl.Int64).alias("end_char"))


def span_checks(frame: pl.DataFrame, parents: pl.DataFrame, on: list[str], parent: str) -> pl.DataFrame:
    """Add ``<parent>_resolves`` (the key columns ``on`` find a parent row) and ``within_<parent>_span``."""
    parent_spans = parents.select(
        *on, pl.lit(True).alias("_found"), pl.col("start_char").alias(SPAN_START), pl.col("end_char").alias(SPAN_END)
    ).unique(subset=on, keep="first")
    joined = frame.join(parent_spans, on=on, how="left", maintain_order="left")
    found = pl.col("_found").fill_null(False)
    within = ((pl.col("start_char") >= pl.col(SPAN_START)) & (pl.col("end_char") <= pl.col(SPAN_END))).fill_null(False)
    return joined.with_columns(
        found.alias(f"{parent}_resolves"),
        pl.when(found).then(within).otherwise(True).alias(f"within_{parent}_span"),
    ).drop("_found", SPAN_START, SPAN_END)


def text_matches_document(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Add ``text_matches_document``: ``text == documents.text[start_char:end_char]`` (code points).

    polars' ``str.slice`` walks a string from its start to the offset, so every row of a
    long document would cost the document's length: quadratic in it (a 50 MB line:
    minutes). Rows of documents over ``LONG_DOCUMENT_BYTES`` are checked with Python's
    string slicing instead, which indexes code points directly.
    """
    document_texts = documents.select("document_id", pl.col("text").alias(DOCUMENT_TEXT)).unique(subset="document_id", keep="first")
    is_long = pl.col(DOCUMENT_TEXT).str.len_bytes() > LONG_DOCUMENT_BYTES
    start, end = pl.col("start_char"), pl.col("end_char")
    document_slice = pl.col(DOCUMENT_TEXT).str.slice(start, (end - start).clip(lower_bound=0))
    matches = ((start >= 0) & (end >= start) & (document_slice == pl.col("text"))).fill_null(False)
    checked = (
        frame.join(document_texts.filter(~is_long), on="document_id", how="left", maintain_order="left")
        .with_columns(pl.when(pl.col(DOCUMENT_TEXT).is_null()).then(True).otherwise(matches).alias("text_matches_document"))
        .drop(DOCUMENT_TEXT)
    )
    long_texts = dict(document_texts.filter(is_long).iter_rows())
    if not long_texts:
        return checked
    rows = checked.with_row_index(ROW).filter(pl.col("document_id").is_in(list(long_texts)))
    verdicts = [
        start is not None and end is not None and 0 <= start <= end and long_texts[document_id][start:end] == text
        for document_id, start, end, text in rows.select("document_id", "start_char", "end_char", "text").iter_rows()
    ]
    column = checked["text_matches_document"].scatter(rows[ROW], pl.Series(verdicts, dtype=pl.Boolean))
    return checked.with_columns(column)


def span_columns(tables: dict[str, pl.DataFrame], table: str, parent_table: str, on: list[str], parent: str) -> pl.DataFrame:
    """``tables[table]`` with every helper column ``rules.span(parent)`` expects."""
    parents = document_spans(tables["documents"]) if parent_table == "documents" else tables[parent_table]
    checked = span_checks(tables[table], parents, on, parent)
    return text_matches_document(checked, tables["documents"])
