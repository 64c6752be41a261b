"""Sentences of a paragraph: where they start, abbreviations and initials kept inside a sentence."""

import pytest

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
