"""Numbers that count nothing: the digits of a code glued to letters ("Class 4-2A"), "in one case" meaning "in a certain case"."""

import pytest

from transforms.figures import figures_in_text


def texts(sentence: str) -> list[str]:
    return [f["text"] for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Results, 4-2A: Hillcrest's relay team took the title.",
        "The airline ordered the 747-400ER for its long routes.",
    ],
)
def test_a_number_dashed_to_a_code_is_part_of_it(sentence):
    assert texts(sentence) == []


def test_a_range_ending_in_a_unit_symbol_stays():
    assert [(f["value_low"], f["value_high"], f["unit"]) for f in figures_in_text("It used a 3-8W lamp.")] == [(3, 8, "watts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In one case, a letter was never opened.",
        "Police said that in one instance the guards fled.",
        "Reporters found that, in one incident, a car was burned.",
    ],
)
def test_in_one_case_counts_nothing(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Doctors confirmed one case of measles.", ["one"]),
        ("Inspectors found mould in one case of wine.", ["one"]),
    ],
)
def test_one_case_that_is_counted_stays(sentence, expected):
    assert texts(sentence) == expected
