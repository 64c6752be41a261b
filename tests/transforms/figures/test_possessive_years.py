"""A year after a possessive names the year of what follows ("the charity's 2019 top picks"); a round count stays."""

from tests.transforms.figures.support import only, texts


def test_a_year_after_a_possessive_is_no_count():
    assert texts("The charity's 2019 top picks were announced.") == []
    assert texts("It reviewed the senators' 2013 filings.") == []


def test_a_round_count_after_a_possessive_stays():
    figure = only("The mill's 2000 workers walked out.", "2000")
    assert (figure["value"], figure["unit"], figure["category"]) == (2000.0, "workers", "count")
