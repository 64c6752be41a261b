"""Ranges: two figures joined into one, and what is no range."""

import pytest

from tests.transforms.figures.support import only, texts


@pytest.mark.parametrize(
    "sentence,text,low,high,unit",
    [
        ("The coin slid from $120 at noon on Friday to $95 by the close.", "from $120 at noon on Friday to $95", 95, 120, "dollars"),
        ("He slimmed down from 240 pounds to 205 over the winter.", "from 240 pounds to 205", 205, 240, "pounds"),
        ("Output climbed from 4 tonnes in 2019 to 6 tonnes in 2021.", "from 4 tonnes in 2019 to 6 tonnes", 4, 6, "tonnes"),
        ("Flats are offered from 50 sq m up to 80 sq m in the new block.", "from 50 sq m up to 80 sq m", 50, 80, "square metres"),
    ],
)
def test_a_from_range_spans_the_words_after_its_first_end(sentence, text, low, high, unit):
    figure = only(sentence, text)
    assert (figure["qualifier"], figure["value_low"], figure["value_high"], figure["unit"]) == ("range", low, high, unit)
    assert len(texts(sentence)) == 1


def test_one_opens_a_range():
    figure = only("Repairs take one to three weeks.", "one to three weeks")
    assert (figure["value_low"], figure["value_high"], figure["unit"]) == (1, 3, "weeks")


def test_a_bare_number_after_a_change_is_no_range_end():
    assert texts("Sales rose 5% to 1,200 last year.") == ["5%", "1,200"]
