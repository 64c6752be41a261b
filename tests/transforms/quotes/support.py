"""Paragraph frames of literal articles, and lookups into the quotes extracted from them."""

import polars as pl

from transforms import frames
from transforms.articles import segment, split_paragraphs
from transforms.quotes import extract_quotes


def paragraphs(*texts: str, boilerplate: tuple[int, ...] = ()) -> tuple[str, pl.DataFrame]:
    """One article of blank-line separated paragraphs, with offsets into the joined document."""
    document = "\n\n".join(texts)
    rows = []
    start = 0
    for index, text in enumerate(texts):
        rows.append(
            {
                "paragraph_id": f"doc-a001-p{index + 1:04d}",
                "article_id": "doc-a001",
                "document_id": "doc",
                "ordinal": index + 1,
                "start_char": start,
                "end_char": start + len(text),
                "text": text,
                "is_boilerplate": index in boilerplate,
                "is_headline": False,
            }
        )
        start += len(text) + 2
    return document, frames.conform(pl.DataFrame(rows), frames.PARAGRAPHS)


def quotes_of(*texts: str) -> tuple[str, list[dict]]:
    document, frame = paragraphs(*texts)
    quotes = extract_quotes(frame)
    assert list(quotes.schema.items()) == list(frames.QUOTES.items())
    rows = quotes.to_dicts()
    for row in rows:  # every quote keeps its speaker mention's words as the document has them
        assert row["speaker_mention"] == (mention(document, row) if row["speaker_mention_start"] is not None else None)
    return document, rows


def quotes_of_article(headline: str, *body: str) -> tuple[str, list[dict]]:
    """Quotes of one BBC-style article: a headline line, a blank line, the body's paragraphs."""
    document = "\n\n".join((headline, *body))
    paragraphs = split_paragraphs(segment(pl.DataFrame({"document_id": ["doc"], "text": [document]})))
    assert paragraphs["is_headline"].to_list()[0]
    return document, extract_quotes(paragraphs).sort("start_char").to_dicts()


def quote_starting(quotes: list[dict], opening: str) -> dict:
    return next(quote for quote in quotes if quote["text"].startswith(opening))


def mention(document: str, quote: dict) -> str:
    return document[quote["speaker_mention_start"]:quote["speaker_mention_end"]]


ESCAPE_ACCOUNT_INTRO = (
    "In a rare firsthand account on social media, Nadezhda Sukhorukova, a Mariupol resident who managed to escape "
    "the besieged southern city, has described what she called a living “hell” during weeks of hiding in a basement, "
    "only daring to venture out for necessities."
)


ESCAPE_ACCOUNT_QUOTES = (
    "“A neighbor said that God left Mariupol. He was afraid of everything he saw,” Ms. Sukhorukova wrote in a series "
    "of Facebook posts posted after her escape late last week. “I am alive and now I will live long. And my city is "
    "dying a painful death,” she added. “For twenty days I was dying with it. I was in hell.”"
)


PEACE_MISSION_WORDS = (
    "I think that it is necessary to have a peace mission — NATO, possibly some wider international structure — but "
    "a mission that will be able to defend itself, which will operate on Ukrainian territory,"
)
