"""Figures: numbers in a paragraph with their qualifier, normalised value and category."""

import polars as pl

from expectations import derived, rules

TABLE = "figures"
KEY = "figure_id"
QUALIFIERS = ["exact", "approx", "at_least", "more_than", "less_than", "up_to", "range", "vague"]
DIRECTIONS = ["up", "down"]  # or null
CATEGORIES = ["count", "money", "percent", "distance", "duration", "age", "other"]

RULES = [
    *rules.key(KEY),
    *rules.not_null("document_id", "article_id", "paragraph_id", "text", "qualifier", "category"),
    rules.in_set("qualifier", QUALIFIERS),
    rules.in_set("direction", DIRECTIONS),
    rules.in_set("category", CATEGORIES),
    *rules.finite("value", "value_low", "value_high"),
    rules.not_greater("value_low", "value", "value_low_at_most_value"),
    rules.not_greater("value", "value_high", "value_at_most_value_high"),
    rules.not_greater("value_low", "value_high", "value_low_at_most_value_high"),
    *rules.span("paragraph"),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    return derived.span_columns(tables, TABLE, "paragraphs", ["paragraph_id", "article_id", "document_id"], "paragraph")
