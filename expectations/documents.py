"""Documents: one row per distinct content; the text every offset points into.

Context columns: a publication date is a real one (not before ``EARLIEST_PUBLISHED``,
not after the run read it, with a day of slack for time zones), comes with its
precision, and a URL is a well-formed http(s) address.
"""

from datetime import datetime, timedelta, timezone

import polars as pl

from expectations import rules
from transforms.ingest.dates import PRECISIONS

TABLE = "documents"
KEY = "document_id"
INPUT_FORMATS = ["text", "html", "jsonl", "csv", "parquet"]
EARLIEST_PUBLISHED = datetime(1800, 1, 1, tzinfo=timezone.utc)
# A date given as a day, or in a time zone ahead of UTC, may read as up to a day past the run.
FUTURE_SLACK = timedelta(days=1)
# scheme://host[:port] then an optional path, query and fragment, no whitespace.
WELL_FORMED_URL = r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#]\S*)?$"
LANGUAGE_TAG = r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$"

RULES = [
    *rules.key(KEY),
    rules.matches(KEY, r"^[0-9a-f]{64}$", "document_id_is_sha256"),
    *rules.not_null("source_path", "file_name", "encoding", "byte_size", "char_count", "text", "ingested_at", "run_id", "decode_errors", "input_format"),
    *rules.at_least(0, "byte_size", "char_count", "decode_errors"),
    rules.holds("char_count_matches_text", ("char_count",)),
    # Every decoded character takes at least one byte in any encoding we accept.
    rules.not_greater("char_count", "byte_size", "char_count_at_most_byte_size"),
    rules.in_set("input_format", INPUT_FORMATS),
    rules.in_set("published_precision", list(PRECISIONS)),
    rules.holds("published_at_has_precision", ("published_at", "published_precision")),
    rules.holds("published_at_not_before_1800", ("published_at",)),
    rules.holds("published_at_not_in_future", ("published_at", "ingested_at")),
    rules.matches("url", WELL_FORMED_URL, "url_well_formed"),
    rules.matches("language", LANGUAGE_TAG, "language_is_a_tag"),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    frame = tables[TABLE]
    # In UTC by name: a frame read back from DuckDB says 'Etc/UTC', which polars will not compare with 'UTC'.
    published, ingested = (pl.col(column).dt.convert_time_zone("UTC") for column in ("published_at", "ingested_at"))
    return frame.with_columns(
        (pl.col("text").str.len_chars() == pl.col("char_count")).fill_null(False).alias("char_count_matches_text"),
        (published.is_null() == pl.col("published_precision").is_null()).alias("published_at_has_precision"),
        (published.is_null() | (published >= EARLIEST_PUBLISHED)).alias("published_at_not_before_1800"),
        (published.is_null() | (published <= ingested + FUTURE_SLACK)).fill_null(False).alias("published_at_not_in_future"),
    )
