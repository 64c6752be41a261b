"""A bare "X or Y" before the noun Y counts is one approximate range: "four or five errors"."""

import pytest

from transforms.figures import figures_in_text


def ranges(sentence: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(f["text"], f["value_low"], f["value_high"], f["unit"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("He made three or four mistakes in each set.", [("three or four", 3.0, 4.0, "mistakes")]),
        ("There are about six or seven rivals for the post.", [("about six or seven", 6.0, 7.0, "rivals")]),
        ("Most homes own 20 or 30 books.", [("20 or 30", 20.0, 30.0, "books")]),
        ("Most families keep two or three old radios.", [("two or three", 2.0, 3.0, "radios")]),
    ],
)
def test_either_or_before_a_counted_noun_is_a_range(sentence, expected):
    assert ranges(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a list of alternatives, not a range
        ("It will take 10,000, 20,000 or 30,000 migrants.", ["10,000", "20,000", "30,000"]),
        ("He has 6 or 4 dogs.", ["6", "4"]),  # the larger first: no range
        ("It costs £5m or £6m.", ["£5m", "£6m"]),
    ],
)
def test_lists_and_alternatives_stay_apart(sentence, expected):
    assert [text for text, *_ in ranges(sentence)] == expected
