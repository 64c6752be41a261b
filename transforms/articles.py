"""Split documents into articles and their paragraphs.

A file holds one article (BBC style: a headline line, a blank line, the body;
US wire style: a headline ending in ";", its deck on the next line, a blank line,
the body, both lines headline lines; or the body only) or many (a live blog whose articles start at datelines such as
``KYIV, Ukraine —``). Boilerplate lines (social-media prompts, "Other Topics of
Interest" and the teaser after it) are flagged, kept, and never mined.
"""

import polars as pl

from transforms import frames
from transforms.lines import document_lines

# "KYIV, Ukraine — ", "WARSAW — ", "NEW YORK (AP) — ": a capitalised place, an optional
# region, then a dash. The place must be upper case so ordinary sentences never match.
PLACE = r"[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,2}(?:, [A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*)?)?"
DATELINE = rf"^({PLACE})(?: \([A-Za-z.]+\))? +(?:[—–]|--) "
# A place of three words with no region ("SALT LAKE CITY") is short; longer ones are headings.
LONE_PLACE_MAX_CHARS = 16
# All-caps words that open a paragraph like a dateline but are section labels.
NOT_PLACES = ["EXCLUSIVE", "UPDATE", "BREAKING", "WATCH", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "CORRECTION"]
HEADLINE_MAX_CHARS = 200
# A first line of this many words or more, ending a sentence and written mostly in lower case, is the lead of a body
# given without its headline, not a headline: headlines of the corpora run to 16 words at most.
LEAD_MIN_WORDS = 18

BOILERPLATE = (
    r"(?i)^(?:follow (?:us|our coverage)"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the)\b"
    r"|click here\b|(?:copyright|©) "
    r"|(?:read|see) (?:more|also):"
    r"|(?:[^.!?]*\?\s+)?like (?:the|our|this) page:?\s*$"  # a social widget's prompt: "Do you support Jo Hart? Like the page:"
    r")"
)
# "Follow Jane Doe on X": a handle of at most FOLLOW_HANDLE_MAX_CHARS. The length is checked
# on the shortest handle found, not written as {1,60} in the pattern: polars' regex engine
# compiles a bounded repeat of Unicode \w in 19 ms, once per thread, and every run paid it.
FOLLOW_HANDLE = r"(?i)^follow ([\w@&.' -]+?) on (?:facebook|twitter|x|instagram|telegram|tiktok|youtube|linkedin|@)"
FOLLOW_HANDLE_MAX_CHARS = 60
# A related-content heading; the teaser after it runs up to its first full sentence.
RELATED_HEADING = r"(?i)^(?:other topics of interest|related(?: articles| stories| coverage| topics)?|more on this story|you may also like|read more)\s*:?$"
SENTENCE_END = r"[.!?][\"”’')]*$"
# A deck is one sentence or phrase: not two sentences, nor a line ending in a colon or a comma.
DECK_NOT = r"[:,]$|[.!?][\"”’]? +[\"“‘]?[A-Z]"


def segment(documents: pl.DataFrame) -> pl.DataFrame:
    """Paragraph lines of every document with their article number and flags.

    Shared by the articles and paragraphs transforms so both agree on boundaries. One lazy
    query: polars evaluates its per-document windows together (BBC: 0.03 s against
    0.05-0.07 s step by step).
    """
    lines = document_lines(documents)
    return (
        lines.with_columns(
            dateline=pl.col("text").str.extract(DATELINE, 1).replace(NOT_PLACES, None),
        )
        .with_columns(
            dateline=pl.when(
                pl.col("dateline").str.contains(",")
                | (pl.col("dateline").str.count_matches(" ") < 2)
                | (pl.col("dateline").str.len_chars() <= LONE_PLACE_MAX_CHARS)
            ).then(pl.col("dateline")),
            is_first=pl.col("line_no") == pl.col("line_no").min().over("document_id"),
            # the line after the first, and whether a blank line follows it: a two-line headline's deck
            next_text=pl.col("text").shift(-1).over("document_id"),
            next_line_no=pl.col("line_no").shift(-1).over("document_id"),
            next_next_is_blank=pl.col("next_is_blank").shift(-1).over("document_id").fill_null(False),
        )
        .with_columns(
            # "Ginsburg apologizes for Trump comments;" then "Justice vows to be 'more circumspect' …" and a blank
            # line: a headline and its deck on two lines, US wire style (USA Today), both headline lines
            opens_deck=pl.col("is_first")
            & ~pl.col("next_is_blank")
            & pl.col("text").str.ends_with(";")
            & (pl.col("text").str.len_chars() <= HEADLINE_MAX_CHARS)
            & (pl.col("next_line_no") == pl.col("line_no") + 1)
            & pl.col("next_next_is_blank")
            & (pl.col("next_text").str.len_chars() <= HEADLINE_MAX_CHARS)
            & ~pl.col("next_text").str.contains(DECK_NOT).fill_null(True),
        )
        .with_columns(
            is_deck=pl.col("opens_deck").shift(1).over("document_id").fill_null(False),
        )
        .with_columns(
            is_headline=pl.col("opens_deck") | pl.col("is_deck") | pl.col("is_first")
            & pl.col("next_is_blank")
            & pl.col("has_next_text")
            & (pl.col("text").str.len_chars() <= HEADLINE_MAX_CHARS)
            & ~(
                # a lead sentence opening a body with no headline: long, ending a sentence, mostly lower case
                (pl.col("text").str.count_matches(r"\s+") >= LEAD_MIN_WORDS - 1)
                & pl.col("text").str.contains(SENTENCE_END)
                & (2 * pl.col("text").str.count_matches(r"\s[a-z][\w'’\-]{3,}") > pl.col("text").str.count_matches(r"\s[A-Za-z][\w'’\-]{3,}"))
            )
            & ~pl.col("text").str.contains(r"[:;,]$|[.!?][\"”’]? +[\"“‘]?[A-Z]"),
            is_heading=pl.col("text").str.contains(RELATED_HEADING),
            ends_sentence=pl.col("text").str.contains(SENTENCE_END),
        )
        .with_columns(
            # A dateline opens a new article unless only the headline precedes it.
            body_before=(~pl.col("is_headline")).cast(pl.Int32).cum_sum().over("document_id")
            - (~pl.col("is_headline")).cast(pl.Int32),
        )
        .with_columns(
            article_no=(pl.col("dateline").is_not_null() & (pl.col("body_before") > 0)).cum_sum().over("document_id"),
            related_block=pl.col("is_heading").cum_sum().over("document_id"),
        )
        .with_columns(
            sentences_before=(
                pl.col("ends_sentence").cast(pl.Int32).cum_sum().over("document_id", "related_block")
                - pl.col("ends_sentence").cast(pl.Int32)
            ),
        )
        .with_columns(
            is_boilerplate=pl.col("text").str.contains(BOILERPLATE)
            | (pl.col("text").str.extract(FOLLOW_HANDLE, 1).str.len_chars() <= FOLLOW_HANDLE_MAX_CHARS).fill_null(False)
            | ((pl.col("related_block") > 0) & (pl.col("sentences_before") == 0)),
            article_ordinal=pl.col("article_no").rank("dense").over("document_id").cast(pl.Int32),
        )
        .with_columns(
            article_id=pl.col("document_id") + pl.lit("-a") + pl.col("article_ordinal").cast(pl.String).str.zfill(3),
        )
        .drop("is_first", "next_text", "next_line_no", "next_next_is_blank", "opens_deck", "is_deck")
        .collect()
    )


def split_articles(documents: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """One row per article: its span, headline (BBC style) and dateline (live blogs)."""
    if segments.is_empty():
        return frames.empty(frames.ARTICLES)
    articles = (
        segments.group_by("document_id", "article_id", "article_ordinal")
        .agg(
            start_char=pl.col("start_char").min(),
            end_char=pl.col("end_char").max(),
            headline=pl.col("text").filter(pl.col("is_headline")).first(),
            dateline=pl.col("dateline").drop_nulls().first(),
        )
        .join(documents.select("document_id", pl.col("text").alias("document_text")), on="document_id")
        .with_columns(
            ordinal=pl.col("article_ordinal"),
            text=pl.col("document_text").str.slice(pl.col("start_char"), pl.col("end_char") - pl.col("start_char")),
        )
        .sort("document_id", "ordinal")
    )
    return frames.conform(articles, frames.ARTICLES)


def split_paragraphs(segments: pl.DataFrame) -> pl.DataFrame:
    """One row per paragraph (non-blank line), numbered from 1 within its article."""
    if segments.is_empty():
        return frames.empty(frames.PARAGRAPHS)
    paragraphs = segments.sort("document_id", "start_char").with_columns(
        ordinal=pl.int_range(1, pl.len() + 1).over("article_id").cast(pl.Int32),
    ).with_columns(
        paragraph_id=pl.col("article_id") + pl.lit("-p") + pl.col("ordinal").cast(pl.String).str.zfill(4),
    )
    return frames.conform(paragraphs, frames.PARAGRAPHS)
