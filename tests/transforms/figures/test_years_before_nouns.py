"""A year-like number without a comma before a plural noun dates it ("the charity's 2019 top picks", "eyeing 2024
bids"); only a round one counts it ("The mill's 2000 workers")."""

import pytest

from tests.transforms.figures.support import only, texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity's 2019 top picks were announced.",
        "It reviewed the senators' 2013 filings.",
        "Rivals were already eyeing 2024 bids.",
        "The beloved 1983 sketches were reissued.",
    ],
)
def test_a_year_before_what_it_dates_is_no_count(sentence):
    assert texts(sentence) == []


def test_a_round_count_stays():
    figure = only("The mill's 2000 workers walked out.", "2000")
    assert (figure["value"], figure["unit"], figure["category"]) == (2000.0, "workers", "count")


def test_a_count_written_with_a_comma_stays():
    figure = only("The poll questioned 1,987 adults.", "1,987")
    assert (figure["value"], figure["unit"], figure["category"]) == (1987.0, "adults", "count")
