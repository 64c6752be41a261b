"""The quotes stage as a whole: the frame it returns and the paragraphs it reads."""

import polars as pl

from tests.transforms.quotes.support import mention, paragraphs, quotes_of
from transforms import frames
from transforms.quotes import extract_quotes


def test_boilerplate_is_skipped_and_no_quotes_give_the_empty_schema():
    _document, frame = paragraphs("Follow “our coverage” on Telegram.", boilerplate=(0,))
    quotes = extract_quotes(frame)
    assert quotes.is_empty()
    assert quotes.schema == pl.Schema(frames.QUOTES)
    assert extract_quotes(frames.empty(frames.PARAGRAPHS)).schema == pl.Schema(frames.QUOTES)


def test_quote_mark_prefilter_keeps_quoteless_paragraphs_as_context():
    document, quotes = quotes_of(
        "Nadezhda Sukhorukova, a Mariupol resident, escaped the besieged city.",
        "There was no water and no light for weeks.",
        "“I am alive,” she wrote.",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote)) == ("Nadezhda Sukhorukova", "she")
    _document, none = quotes_of("No quotation marks here.", "Nor here.")
    assert none == []
