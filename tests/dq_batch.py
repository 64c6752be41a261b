"""A small, valid batch of all five tables built from literal text, for the data-quality tests.

Offsets are found in the document text rather than typed, so the batch is valid
by construction and each test breaks exactly one thing.
"""

from datetime import datetime, timezone

import polars as pl

from transforms import frames
from transforms.ingest import context

DOCUMENT_ID = "a" * 64
HEADLINE = "Markets rally"
FIRST = 'Traders said "we are buying" as shares rose 5% on Monday.'
SECOND = 'Analysts called it a "relief rally" of about 200 points.'
TEXT = f"{HEADLINE}\n\n{FIRST}\n{SECOND}\n"


def _span(part: str, within: str = TEXT) -> tuple[int, int]:
    start = TEXT.index(part, TEXT.index(within))
    return start, start + len(part)


def valid_batch() -> dict[str, pl.DataFrame]:
    """One document, one article, three paragraphs (headline included), two quotes, two figures."""
    documents = pl.DataFrame(
        {
            "document_id": [DOCUMENT_ID],
            "source_path": ["sample/markets.txt"],
            "file_name": ["markets.txt"],
            "encoding": ["utf-8"],
            "byte_size": [len(TEXT.encode())],
            "char_count": [len(TEXT)],
            "decode_errors": [0],
            "text": [TEXT],
            "input_format": ["text"],
            **{column: [None] for column in context.COLUMNS},
        },
        schema_overrides=context.COLUMNS,
    )
    documents = frames.conform(documents, frames.DOCUMENTS).with_columns(
        ingested_at=pl.lit(datetime(2026, 1, 1, tzinfo=timezone.utc)), run_id=pl.lit("run-1")
    )
    articles = frames.conform(
        pl.DataFrame(
            {"article_id": ["art-1"], "document_id": [DOCUMENT_ID], "ordinal": [1], "headline": [HEADLINE], "dateline": [None],
             "start_char": [0], "end_char": [len(TEXT)], "text": [TEXT]}
        ),
        frames.ARTICLES,
    )
    lines = [HEADLINE, FIRST, SECOND]
    paragraphs = frames.conform(
        pl.DataFrame(
            {
                "paragraph_id": ["par-1", "par-2", "par-3"],
                "article_id": ["art-1"] * 3,
                "document_id": [DOCUMENT_ID] * 3,
                "ordinal": [1, 2, 3],
                "start_char": [_span(line)[0] for line in lines],
                "end_char": [_span(line)[1] for line in lines],
                "text": lines,
                "is_boilerplate": [False] * 3,
                "is_headline": [True, False, False],
            }
        ),
        frames.PARAGRAPHS,
    )
    quoted = [("we are buying", FIRST, "par-2", "direct", "Traders"), ("relief rally", SECOND, "par-3", "scare", None)]
    quotes = frames.conform(
        pl.DataFrame(
            {
                "quote_id": ["quote-1", "quote-2"],
                "document_id": [DOCUMENT_ID] * 2,
                "article_id": ["art-1"] * 2,
                "paragraph_id": [paragraph for _, _, paragraph, _, _ in quoted],
                "start_char": [_span(words, line)[0] for words, line, *_ in quoted],
                "end_char": [_span(words, line)[1] for words, line, *_ in quoted],
                "text": [words for words, *_ in quoted],
                "kind": [kind for *_, kind, _ in quoted],
                "speaker": [speaker for *_, speaker in quoted],
                "speaker_type": ["role", None],
                "speaker_affiliation": [None, None],
                "speaker_mention_start": [_span("Traders")[0], None],
                "speaker_mention_end": [_span("Traders")[1], None],
                "speaker_mention": ["Traders", None],
                "cue": ["said", None],
                "continues": [None, None],
            }
        ),
        frames.QUOTES,
    )
    figures = frames.conform(
        pl.DataFrame(
            {
                "figure_id": ["fig-1", "fig-2"],
                "document_id": [DOCUMENT_ID] * 2,
                "article_id": ["art-1"] * 2,
                "paragraph_id": ["par-2", "par-3"],
                "start_char": [_span("5%", FIRST)[0], _span("about 200", SECOND)[0]],
                "end_char": [_span("5%", FIRST)[1], _span("about 200", SECOND)[1]],
                "text": ["5%", "about 200"],
                "value": [5.0, 200.0],
                "value_low": [None, 180.0],
                "value_high": [None, 220.0],
                "qualifier": ["exact", "approx"],
                "direction": ["up", None],
                "unit": ["percent", "points"],
                "category": ["percent", "count"],
                "predicate": ["rose", None],
                "unit_start": [None, None],
                "unit_end": [None, None],
                "counted": [None, None],
                "score_first": [None, None],
                "score_second": [None, None],
            }
        ),
        frames.FIGURES,
    )
    return {"documents": documents, "articles": articles, "paragraphs": paragraphs, "quotes": quotes, "figures": figures}
