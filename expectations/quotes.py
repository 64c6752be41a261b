"""Quotes: quoted words inside one paragraph, their kind and speaker."""

import polars as pl

from expectations import derived, rules
from transforms.slices import document_slices

TABLE = "quotes"
KEY = "quote_id"
KINDS = ["direct", "scare"]
SPEAKER_TYPES = ["person", "organisation", "role", "unknown"]

RULES = [
    *rules.key(KEY),
    *rules.not_null("document_id", "article_id", "paragraph_id", "text", "kind"),
    rules.in_set("kind", KINDS),
    rules.in_set("speaker_type", SPEAKER_TYPES),
    rules.not_blank("text"),
    *rules.span("paragraph"),
    *rules.at_least(0, "speaker_mention_start", "speaker_mention_end"),
    rules.not_greater("speaker_mention_start", "speaker_mention_end", "speaker_mention_start_before_end", strictly=True),
    rules.holds("continued_quote_resolves", ("continues",)),
    rules.holds("speaker_mention_matches_document", ("speaker_mention_start", "speaker_mention_end", "speaker_mention")),
    rules.holds("scare_quote_has_no_speaker", ("kind", "speaker", "speaker_type", "speaker_mention")),
]


def derive(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    frame = derived.span_columns(tables, TABLE, "paragraphs", ["paragraph_id", "article_id", "document_id"], "paragraph")
    continued = pl.col("continues")
    resolves = continued.is_null() | continued.is_in(frame[KEY].implode())
    return frame.with_columns(
        resolves.fill_null(False).alias("continued_quote_resolves"), mention_matches(frame, tables["documents"]), has_no_speaker_if_scare(frame),
    )


def mention_matches(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.Series:
    """``speaker_mention`` is the document's words at the mention's offsets (both null without a mention)."""
    sliced = document_slices(frame, documents, "speaker_mention_start", "speaker_mention_end")
    same = (sliced == frame["speaker_mention"]) | (sliced.is_null() & frame["speaker_mention"].is_null() & frame["speaker_mention_start"].is_null())
    return same.fill_null(False).alias("speaker_mention_matches_document")


def has_no_speaker_if_scare(frame: pl.DataFrame) -> pl.Series:
    """A ``scare`` quote is a term or a title nobody says: no speaker, speaker type, mention or cue."""
    unsaid = pl.all_horizontal(pl.col(column).is_null() for column in ("speaker", "speaker_type", "speaker_mention_start", "cue"))
    return frame.select(((pl.col("kind") != "scare") | unsaid).fill_null(False).alias("scare_quote_has_no_speaker")).to_series()
