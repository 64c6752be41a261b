"""The shortcuts that find number starts for a whole batch in Rust find what the Python regexes find."""

import re

import polars as pl
import pytest

from transforms import figures
from transforms import number_words as lex

TRICKY = [
    "Shares fell 5% to $12.30 on Monday after 2,389 orders were cancelled.",
    "a million, an eighth,  A  Dozen, a\u00a0hundred, an\n\nhundred, a few, an often, A fewer, half the flats",
    "-5, +.5, −.75, --3, .5, 1.5., x-5, minus 3, Minus-4, minus three, minus\u0663",
    "£5, €1bn, ¥30, ₹4, ₴2, ₽8, ₪6, US$7, HK $3, 30¢, 5\u00b2",
    "sixty, seventeen, seventy-seven, often, Tens of thousands, scores, hundreds, eighteen, tenth",
    "\u0130stanbul has two million people; \u212a is a unit; \u0663\u0664 is thirty-four; ſix",
    "Ⱥ one; élève one; naïve two; Öne; \u2019one\u2019; “ten”; _one; x1; one_two; déjà 3",
]


@pytest.mark.parametrize("text", TRICKY)
def test_number_starts_are_the_matches_of_the_start_regex(text):
    byte_offsets = pl.select(figures._number_start_offsets(pl.lit(text))).to_series().to_list()[0]
    offsets = figures._code_point_offsets(text, sorted(byte_offsets)) if byte_offsets is not None else None
    lowered = text.lower()
    assert figures._start_positions(lowered, True, offsets) == [found.start() for found in figures._START_RE.finditer(lowered)]
    if not re.search(figures.NUMBER_WORD_PATTERN, text):
        expected = [found.start() for found in figures._DIGIT_START_RE.finditer(text)]
        assert figures._start_positions(text, False, offsets) == expected


def test_the_candidate_filter_keeps_the_unicode_word_boundary():
    words = "|".join(list(lex.SMALL_NUMBERS) + list(lex.TENS))
    with_boundary = rf"(?i)\d|\b(?:{words}|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter)"
    texts = pl.Series([*TRICKY, "éone", "_two", "K one", "ſix", "Ⓐten", "1", "\u0663", "tenfold", "often", "x-ray ten"])
    assert texts.str.contains(figures.CANDIDATE_PATTERN).to_list() == texts.str.contains(with_boundary).to_list()
