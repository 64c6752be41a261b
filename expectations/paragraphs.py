"""Paragraphs: the non-blank lines of an article, numbered from 1."""

import polars as pl

from expectations import derived, rules

TABLE = "paragraphs"
KEY = "paragraph_id"

RULES = [
    *rules.key(KEY),
    *rules.not_null("article_id", "document_id", "ordinal", "text", "is_boilerplate", "is_headline"),
    *rules.at_least(1, "ordinal"),
    rules.unique_together("article_id", "ordinal"),
    rules.not_blank("text"),
    *rules.span("article"),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    return derived.span_columns(tables, TABLE, "articles", ["article_id", "document_id"], "article")
