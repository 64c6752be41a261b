"""Multiples written with a sign against the number ("9x faster", "~3x", "1-2x", "3× the dose"): value and unit "times"."""

import pytest

from transforms.figures import figures_in_text

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text,value,qualifier",
    [
        ("The new chip runs 7x faster than the old one.", "7x", 7.0, "exact"),
        ("Rents have risen ~4x since the mill closed.", "~4x", 4.0, "approx"),
        ("Patients took 3× the usual dose.", "3×", 3.0, "exact"),
        ("She earns at least 5x what he does.", "at least 5x", 5.0, "at_least"),
    ],
)
def test_a_multiple_is_a_value_in_times(sentence, text, value, qualifier):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"], figure["qualifier"]) == (value, "times", "other", qualifier)


@pytest.mark.parametrize(
    "sentence,text,low,high",
    [
        ("Gains ranged between ~2x and ~15x across the funds.", "between ~2x and ~15x", 2.0, 15.0),
        ("The upgrade is 1-2x quicker.", "1-2x", 1.0, 2.0),
    ],
)
def test_multiples_join_into_a_range(sentence, text, low, high):
    figure = only(sentence, text)
    assert (figure["value"], figure["value_low"], figure["value_high"], figure["unit"]) == (None, low, high, "times")


def test_an_approximate_range_keeps_its_unit():
    figure = only("The trip takes between ~3 and ~6 hours.", "between ~3 and ~6 hours")
    assert (figure["value_low"], figure["value_high"], figure["unit"]) == (3.0, 6.0, "hours")


@pytest.mark.parametrize("sentence", ["He drove a 4x4 up the hill.", "The grid is 3x3.", "A 2 x 3 metre rug."])
def test_a_size_is_no_multiple(sentence):
    assert all(figure["unit"] != "times" for figure in figures_in_text(sentence))
