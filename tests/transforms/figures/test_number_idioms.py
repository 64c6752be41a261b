"""A number word in a set idiom is no figure: "knocked for six", "a two-way street", "on cloud nine"."""

import pytest

from tests.transforms.figures.support import texts


@pytest.mark.parametrize(
    "sentence",
    [
        "Their savings were knocked for six.",
        "The news hit the farmers for six, he said.",
        "Trust is a two-way street.",
        "She has been on cloud nine since the win.",
        "They went the whole nine yards to finish it.",
        "Voters seem to be in two minds about it.",
    ],
)
def test_a_number_word_in_an_idiom_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("He was out for six weeks.", ["six weeks"]),
        ("He hit 20 runs for six balls.", ["20", "six"]),
        ("It is a two-way race.", ["two"]),  # a race of two: a count
    ],
)
def test_the_same_words_outside_the_idiom_stay(sentence, expected):
    assert texts(sentence) == expected
