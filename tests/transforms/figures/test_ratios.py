"""Ratios: "one in eight" is one figure whose value is the share, its counted noun read after the second number."""

import pytest

from tests.transforms.figures.support import only, texts


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("One in eight households has no car.", "One in eight", 0.125, "households"),
        ("One in 10 people said so.", "One in 10", 0.1, "people"),
        ("It affects 1 in 4 adults.", "1 in 4", 0.25, "adults"),
        ("Three in every four homes are heated by gas.", "Three in every four", 0.75, "homes"),
        ("Nine out of 10 dentists agree.", "Nine out of 10", 0.9, "dentists"),
        ("One out of three Germans have housing problems.", "One out of three", 1 / 3, "Germans"),
        ("The odds are one in a million.", "one in a million", 1e-6, None),
    ],
)
def test_a_ratio_is_one_figure_valued_as_the_share(sentence, text, value, unit):
    figure = only(sentence, text)
    assert figure["value"] == pytest.approx(value)
    assert figure["unit"] == unit


def test_a_qualifier_before_a_ratio_qualifies_it():
    figure = only("About one in five children are poor.", "About one in five")
    assert (figure["value"], figure["qualifier"]) == (pytest.approx(0.2), "approx")


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("He scored three in four games.", ["three", "four"]),  # goals in games, not a share
        ("He scored 7 out of 10 penalties.", ["7", "10"]),
        ("He scored one in 10 minutes.", ["10 minutes"]),  # a measure after the second number
        ("The first was one in 2004.", []),  # a year
    ],
)
def test_counts_of_things_in_things_are_no_ratio(sentence, expected):
    assert texts(sentence) == expected
