"""Figures: numbers in a paragraph with their qualifier, normalised value and category."""

import polars as pl

from expectations import derived, rules

TABLE = "figures"
KEY = "figure_id"
QUALIFIERS = ["exact", "approx", "at_least", "more_than", "less_than", "up_to", "range", "vague"]
DIRECTIONS = ["up", "down"]  # or null
CATEGORIES = ["count", "money", "percent", "distance", "duration", "age", "score", "other"]

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
    rules.holds("score_has_both_sides", ("category", "score_first", "score_second")),
    rules.holds("score_has_no_value", ("score_first", "value", "value_low", "value_high")),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    frame = derived.span_columns(tables, TABLE, "paragraphs", ["paragraph_id", "article_id", "document_id"], "paragraph")
    first, second = pl.col("score_first"), pl.col("score_second")
    both_sides = first.is_not_null() & second.is_not_null()
    return frame.with_columns(
        # a score has both sides; any figure has both or neither (odds and votes keep them too)
        ((pl.col("category") != "score") & (first.is_null() == second.is_null()) | both_sides).fill_null(False).alias("score_has_both_sides"),
        # sides stand for the value: a figure with them has no value, low or high
        (first.is_null() | pl.all_horizontal(pl.col("value", "value_low", "value_high").is_null())).alias("score_has_no_value"),
    )
