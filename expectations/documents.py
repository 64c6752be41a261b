"""Documents: one row per distinct raw file; the text every offset points into."""

import polars as pl

from expectations import rules

TABLE = "documents"
KEY = "document_id"

RULES = [
    *rules.key(KEY),
    rules.matches(KEY, r"^[0-9a-f]{64}$", "document_id_is_sha256"),
    *rules.not_null("source_path", "file_name", "encoding", "byte_size", "char_count", "text", "ingested_at", "run_id", "decode_errors"),
    *rules.at_least(0, "byte_size", "char_count", "decode_errors"),
    rules.holds("char_count_matches_text", ("char_count",)),
    # Every decoded character takes at least one byte in any encoding we accept.
    rules.not_greater("char_count", "byte_size", "char_count_at_most_byte_size"),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    frame = tables[TABLE]
    return frame.with_columns((pl.col("text").str.len_chars() == pl.col("char_count")).fill_null(False).alias("char_count_matches_text"))
