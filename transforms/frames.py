"""Column schemas of the frames that flow between the stages.

Every stage returns a polars frame with exactly these columns (in this order) so
that validation and the warehouse load can rely on names and dtypes.
Offsets are 0-based, end-exclusive code-point offsets into ``documents.text``.
"""

import polars as pl

DOCUMENTS = {
    "document_id": pl.String,
    "source_path": pl.String,
    "file_name": pl.String,
    "encoding": pl.String,
    "byte_size": pl.Int64,
    "char_count": pl.Int64,
    "text": pl.String,
    "decode_errors": pl.Int64,  # invalid byte sequences replaced with U+FFFD
    "input_format": pl.String,  # text | html | jsonl | csv | parquet
    # Context: from a record, a feed entry, the page's metadata or a sidecar; null when unknown.
    "title": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "published_precision": pl.String,  # day | minute | second: what the source gave
    "url": pl.String,
    "outlet": pl.String,
    "author": pl.String,
    "language": pl.String,
}

ARTICLES = {
    "article_id": pl.String,
    "document_id": pl.String,
    "ordinal": pl.Int32,
    "headline": pl.String,
    "dateline": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "text": pl.String,
}

PARAGRAPHS = {
    "paragraph_id": pl.String,
    "article_id": pl.String,
    "document_id": pl.String,
    "ordinal": pl.Int32,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "text": pl.String,
    "is_boilerplate": pl.Boolean,
    "is_headline": pl.Boolean,
}

QUOTES = {
    "quote_id": pl.String,
    "document_id": pl.String,
    "article_id": pl.String,
    "paragraph_id": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "text": pl.String,
    "kind": pl.String,
    "speaker": pl.String,
    "speaker_type": pl.String,
    "speaker_affiliation": pl.String,
    "speaker_mention_start": pl.Int64,
    "speaker_mention_end": pl.Int64,
    "cue": pl.String,
    "continues": pl.String,
}

FIGURES = {
    "figure_id": pl.String,
    "document_id": pl.String,
    "article_id": pl.String,
    "paragraph_id": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "text": pl.String,
    "value": pl.Float64,
    "value_low": pl.Float64,
    "value_high": pl.Float64,
    "qualifier": pl.String,
    "direction": pl.String,
    "unit": pl.String,
    "category": pl.String,
    "predicate": pl.String,
    "unit_start": pl.Int64,
    "unit_end": pl.Int64,
    "counted": pl.String,
    "score_first": pl.Int64,
    "score_second": pl.Int64,
}


def empty(schema: dict) -> pl.DataFrame:
    """An empty frame of ``schema``: what a stage returns when it has no rows."""
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Select and cast ``frame`` to ``schema``, so every stage hands on the same shape."""
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
