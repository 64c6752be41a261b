"""The quotes stage as a whole: the frame it returns and the paragraphs it reads."""

import polars as pl

from tests.transforms.quotes.support import mention, paragraphs, quotes_of
from transforms import frames
from transforms.quotes import extract_quotes
from transforms.quotes.extract import CONTEXT_CHARS, context_parts


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


def test_speakers_are_resolved_within_runs_of_paragraphs_no_longer_than_the_context():
    row = ("p", "a", "d", 0, "x" * 40_000, True, False)
    parts = context_parts([row] * 5)
    assert [len(part) for part in parts] == [2, 2, 1]
    assert context_parts([("p", "a", "d", 0, "x" * 250_000, True, False)]) == [[("p", "a", "d", 0, "x" * 250_000, True, False)]]


def test_a_pronoun_beyond_the_context_does_not_reach_a_name_before_it():
    def speakers(filler: str) -> list[str | None]:
        _document, quotes = quotes_of("Mr Tom Jones spoke at the meeting.", filler, "“It is over,” he said.")
        return [quote["speaker"] for quote in quotes]

    assert speakers("The weather was mild.") == ["Tom Jones"]
    assert speakers("The weather was mild. " * (CONTEXT_CHARS // 20)) == [None]


def test_a_quote_keeps_the_words_of_its_speaker_mention_from_whichever_paragraph_holds_them():
    _document, quotes = quotes_of(
        "“We will rebuild the stand,” the club's chairman said.",
        "“It will take two years.",
        "“And it will cost more than we hoped,” he added.",
    )
    assert [quote["speaker_mention"] for quote in quotes] == ["the club's chairman", "the club's chairman", "he"]
    _document, (unattributed,) = quotes_of("A sign read “closed for repairs” all week.")
    assert unattributed["speaker_mention"] is None
