"""Qualifiers, directions and bounds of figures."""

import pytest

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text,qualifier,direction,low,high",
    [
        ("Demand for sub-300 sq m office space has surged.", "sub-300 sq m", "less_than", None, None, 300),
        ("The average adult needs to consume about 2000 - 2500 Calories a day.", "about 2000 - 2500 Calories a day", "range", None, 2000, 2500),
        ("The stock trades on barely 6.5 times earnings.", "barely 6.5 times", "approx", None, 6.5, 6.5),
        ("Oil fell sharply by 3 points on Monday.", "3 points", "exact", "down", 3, 3),
        ("Exports were cut to 2% of output.", "2%", "exact", "down", 2, 2),
        ("The strike may have left up to 400 people trapped.", "up to 400", "up_to", None, None, 400),
        ("The forward averaged 21.5 points over the season.", "averaged 21.5 points", "approx", None, 21.5, 21.5),
        ("Profit was revised upward by 12 million yen.", "12 million yen", "exact", "up", 1.2e7, 1.2e7),
        ("Estimates were revised downwards by 3%.", "3%", "exact", "down", 3, 3),
    ],
)
def test_qualifiers_and_directions(sentence, text, qualifier, direction, low, high):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["direction"], figure["value_low"], figure["value_high"]) == (qualifier, direction, low, high)


@pytest.mark.parametrize(
    "sentence,text,qualifier",
    [
        ("The trail runs for some five miles (8 km) along the cliffs.", "8 km", "exact"),
        ("The birds can fly more than 200 kilometers (124 miles) a day.", "124 miles", "more_than"),
        ("The tunnel is under 3 km (1.9 miles) long.", "1.9 miles", "less_than"),
    ],
)
def test_a_bracketed_conversion_keeps_a_bound_but_not_a_hedge(sentence, text, qualifier):
    assert only(sentence, text)["qualifier"] == qualifier


def test_a_hyphenated_word_ending_in_up_is_no_direction():
    figure = only("Ireland have finished runners-up three times, including last year.", "three times")
    assert figure["direction"] is None
