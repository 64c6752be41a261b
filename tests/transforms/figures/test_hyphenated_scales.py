"""A scale word joined to digits by a hyphen is the number's scale: "a 4.5-billion-year history" is 4.5e9 years."""

import pytest

from transforms.figures import figures_in_text


def read(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(f["text"], f["value"], f["unit"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The rocks record a 4.5-billion-year history.", [("4.5-billion-year", 4.5e9, "years")]),
        ("She built it into a $250-million-a-year chain.", [("$250-million", 2.5e8, "dollars")]),
        ("Most of the 12-million population lives in towns.", [("12-million", 1.2e7, "population")]),
        ("He mailed his three-million-person list.", [("three-million", 3e6, "person")]),
    ],
)
def test_hyphenated_scale_joins_the_number(sentence, expected):
    assert read(sentence) == expected


def test_a_range_before_a_scale_is_untouched():
    assert [(f["value_low"], f["value_high"]) for f in figures_in_text("Between 2 and 3 million people came.")] == [(2e6, 3e6)]
