"""Slices of documents' texts by code-point offsets, in time linear in the texts' length.

polars' ``str.slice`` (like DuckDB's ``substring``) walks a string from its start to
the offset, so slicing every row of a long document costs the document's length per
row: quadratic in it (a 50 MB line: minutes). Rows of documents over
``LONG_DOCUMENT_BYTES`` are sliced with Python's string slicing instead, which
indexes code points directly; shorter documents stay vectorised.
"""

import polars as pl

LONG_DOCUMENT_BYTES = 1_000_000
_TEXT = "_document_text"
_ROW = "_row"


def document_slices(rows: pl.DataFrame, documents: pl.DataFrame, start: str = "start_char", end: str = "end_char") -> pl.Series:
    """``text[start:end]`` of each row's document (``rows`` has ``document_id``, ``start``, ``end``;
    ``documents`` has ``document_id``, ``text``). Null where the document is missing or the offsets
    are not ``0 <= start <= end``; cut short where ``end`` is past the text's end."""
    texts = documents.select("document_id", pl.col("text").alias(_TEXT)).unique(subset="document_id", keep="first")
    is_long = pl.col(_TEXT).str.len_bytes() > LONG_DOCUMENT_BYTES
    first, last = pl.col(start), pl.col(end)
    spans = rows.select("document_id", first, last)
    sliced = (
        spans.join(texts.filter(~is_long), on="document_id", how="left", maintain_order="left")
        .select(pl.when((first >= 0) & (last >= first)).then(pl.col(_TEXT).str.slice(first, last - first)).alias("slice"))
        .to_series()
    )
    long_texts = dict(texts.filter(is_long).iter_rows())
    if not long_texts:
        return sliced
    long_rows = spans.with_row_index(_ROW).filter(pl.col("document_id").is_in(list(long_texts)))
    slices = [
        long_texts[document_id][low:high] if low is not None and high is not None and 0 <= low <= high else None
        for document_id, low, high in long_rows.select("document_id", start, end).iter_rows()
    ]
    return sliced.scatter(long_rows[_ROW], pl.Series(slices, dtype=pl.String))
