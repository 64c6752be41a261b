"""Figures of literal sentences, and paragraph frames of them."""

import polars as pl

from transforms import frames
from transforms.figures import figures_in_text


def only(sentence: str, text: str) -> dict:
    """The one figure of ``sentence`` whose text is ``text``."""
    matches = [figure for figure in figures_in_text(sentence) if figure["text"] == text]
    assert len(matches) == 1, [figure["text"] for figure in figures_in_text(sentence)]
    return matches[0]


def texts(sentence: str) -> list[str]:
    return [figure["text"] for figure in figures_in_text(sentence)]


def sides(sentence: str) -> list[tuple[str, int, int, str]]:
    """The figures of ``sentence`` that have two sides (scores, odds, ratios): text, sides in order, category."""
    return [
        (figure["text"], figure["score_first"], figure["score_second"], figure["category"])
        for figure in figures_in_text(sentence) if figure["score_first"] is not None
    ]


def paragraphs(texts_by_document: dict[str, str]) -> pl.DataFrame:
    """A paragraphs frame with one paragraph per document, starting at a non-zero offset."""
    rows = []
    for document_id, text in texts_by_document.items():
        rows.append({
            "paragraph_id": f"{document_id}-p1", "article_id": f"{document_id}-a0", "document_id": document_id,
            "ordinal": 1, "start_char": 10, "end_char": 10 + len(text), "text": text,
            "is_boilerplate": False, "is_headline": False,
        })
    return pl.DataFrame(rows, schema=frames.PARAGRAPHS)
