"""Sentences of a paragraph: where they start, abbreviations and initials kept inside a sentence."""

import pytest

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.paragraph import SENTENCE_END, Paragraph, sentence_starts


@pytest.mark.parametrize("text", [
    "He left. She stayed! Did they? Yes.",
    "Mr. Smith met Dr. Jones in the U.S. on Monday. J. K. Rowling wrote.",
    "It cost 2.5m. \"Never again,” he said.” Then 2005 came.   (Later) it ended...  What?! 12 said so.",
    "No sentence end here", "", "...", "End.\nNext line. [Bracketed] start.",
])
def test_sentence_starts_are_where_sentence_end_matches_end(text):
    assert sentence_starts(text) == [0] + [found.end() for found in SENTENCE_END.finditer(text)]


def test_a_position_belongs_to_the_sentence_around_it():
    paragraph = Paragraph("Mr. Brown spoke. He left at 5 p.m. on Monday. Prices rose.", 0, has_quote_mark=False)
    assert paragraph.sentence_of(0) == (0, 17)
    assert paragraph.sentence_of(20) == (17, 46)
    assert paragraph.sentence_of(50) == (46, 58)


def test_a_shortened_month_before_its_day_ends_no_sentence():
    paragraph = Paragraph("She told investors on Oct. 31 that it would pay. Prices rose on Sept. 4. Then they fell.", 0, has_quote_mark=False)
    assert sentence_starts(paragraph.text) == [0, 49, 73]



def test_a_speaker_keeps_a_quotation_past_a_shortened_month():
    _, quotes = quotes_of("Ann Reed told investors on Oct. 31 that the merger would let the firm “return capital to shareholders.”")
    assert [quote["speaker"] for quote in quotes] == ["Ann Reed"]


def test_a_shortened_month_in_a_dateline_names_no_speaker():
    _, quotes = quotes_of("WASHINGTON, Dec. 8 (Wire) — Facing the rival's plan, the campaign's chief rallied supporters, saying: “We have to be ready to stop him.”")
    assert "Dec" not in [quote["speaker"] for quote in quotes]
