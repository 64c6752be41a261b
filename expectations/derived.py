"""Helper columns for cross-table rules, computed in polars with vectorised joins.

A foreign key or an offset invariant spans two frames, which no single GX
expectation over one frame can check; each helper is a boolean column (never
null) that the suites expect to be true, so a failure is still a named GX
expectation on the failing row. Span and text rules hold vacuously when the
parent row is missing: ``<parent>_resolves`` alone reports a dangling key.
"""

import polars as pl

from transforms.slices import document_slices

SPAN_START = "parent_start_char"
SPAN_END = "parent_end_char"


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
    """Add ``text_matches_document``: ``text == documents.text[start_char:end_char]`` (code points),
    sliced in time linear in the documents' length (``transforms.slices``)."""
    found = frame["document_id"].is_in(documents["document_id"].implode()).fill_null(False)
    matches = (document_slices(frame, documents) == frame["text"]).fill_null(False)
    return frame.with_columns((~found | matches).alias("text_matches_document"))


def span_columns(tables: dict[str, pl.DataFrame], table: str, parent_table: str, on: list[str], parent: str) -> pl.DataFrame:
    """``tables[table]`` with every helper column ``rules.span(parent)`` expects."""
    parents = document_spans(tables["documents"]) if parent_table == "documents" else tables[parent_table]
    checked = span_checks(tables[table], parents, on, parent)
    return text_matches_document(checked, tables["documents"])
