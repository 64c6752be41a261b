"""Ranges: two figures joined into one, and what is no range."""

import pytest

from tests.transforms.figures.support import only, texts


@pytest.mark.parametrize(
    "sentence,text,low,high,unit",
    [
        ("The coin was quoted from $120 at noon on Friday to $95 by the close.", "from $120 at noon on Friday to $95", 95, 120, "dollars"),
        ("Flats are offered from 50 sq m up to 80 sq m in the new block.", "from 50 sq m up to 80 sq m", 50, 80, "square metres"),
        ("Prices range from $10 to $20 a night.", "from $10 to $20 a night", 10, 20, "dollars per night"),
        ("Prices vary widely, from $10 to $20.", "from $10 to $20", 10, 20, "dollars"),
    ],
)
def test_a_from_range_spans_the_words_after_its_first_end(sentence, text, low, high, unit):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["value_low"], figure["value_high"], figure["unit"]) == ("range", low, high, unit)
    assert len(texts(sentence)) == 1


@pytest.mark.parametrize(
    "sentence,text,low,high,unit,category",
    [
        ("Between 10 and 20 people came.", "Between 10 and 20", 10, 20, "people", "count"),
        ("About 10-20 people left early.", "About 10-20", 10, 20, "people", "count"),
        ("This compares to 14% of those aged 30-39.", "30-39", 30, 39, "years", "age"),
    ],
)
def test_between_and_dashed_counts_and_ages_are_ranges(sentence, text, low, high, unit, category):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["value_low"], figure["value_high"], figure["unit"], figure["category"]) == ("range", low, high, unit, category)


def test_one_opens_a_range():
    figure = only("Repairs take one to three weeks.", "one to three weeks")
    assert (figure["value_low"], figure["value_high"], figure["unit"]) == (1, 3, "weeks")


def test_a_bare_number_after_a_change_is_no_range_end():
    assert texts("Sales rose 5% to 1,200 last year.") == ["5%", "1,200"]
