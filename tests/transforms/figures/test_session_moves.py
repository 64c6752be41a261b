"""A session's move stated after the figure ("closed 0.7% higher") and verbs of a currency's strength give a direction."""

import pytest

from transforms.figures import figures_in_text


def directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The Hang Seng closed 1.4% higher.", [("1.4%", "up")]),
        ("Tokyo's index ended 85 points lower at 9,870.", [("85 points", "down"), ("9,870", None)]),
        ("The won strengthened 0.6% against the dollar.", [("0.6%", "up")]),
        ("The rand weakened 2% this week.", [("2%", "down")]),
    ],
)
def test_a_move_gives_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Shares closed 5% higher than analysts had hoped.", "Rents are 20% higher in the capital."],
)
def test_a_comparison_gives_none(sentence):
    assert [direction for _, direction in directions(sentence)] == [None]
