"""Articles: spans of a document (one per BBC file, one per dateline in a live blog)."""

import polars as pl

from expectations import derived, rules

TABLE = "articles"
KEY = "article_id"

RULES = [
    *rules.key(KEY),
    *rules.not_null("document_id", "ordinal", "text"),
    *rules.at_least(1, "ordinal"),
    rules.unique_together("document_id", "ordinal"),
    *rules.span("document"),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    return derived.span_columns(tables, TABLE, "documents", ["document_id"], "document")
