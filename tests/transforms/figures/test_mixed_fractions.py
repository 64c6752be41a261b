"""Fractions in digits: a whole number with a fraction after it is one mixed number; a bond price moves in 32nds."""

import pytest

from transforms.figures import figures_in_text


def read(sentence: str) -> list[tuple[str, float | None, str | None, int | None]]:
    return [(f["text"], f["value"], f["unit"], f["score_first"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The talks dragged on through a 2-1/2 year dispute.", [("2-1/2 year", 2.5, "years", None)]),
        ("The board is 3 3/4 inches thick.", [("3 3/4 inches", 3.75, "inches", None)]),
        ("Shares gained 1-1/8 points.", [("1-1/8 points", 1.125, "points", None)]),
    ],
)
def test_whole_number_and_fraction_are_one_figure(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Five-year notes rose 5/32 in price.", 5 / 32),
        ("The long bond slipped 17/32, pushing its yield up.", 17 / 32),
        ("The note fell 3/64.", 3 / 64),
    ],
)
def test_a_bond_price_in_32nds_is_a_fraction_not_odds(sentence, expected):
    figures = [f for f in figures_in_text(sentence) if f["text"].count("/")]
    assert [(f["value"], f["score_first"]) for f in figures] == [(expected, None)]


@pytest.mark.parametrize("sentence", ["The horse is now 7/4 favourite.", "She was offered at odds of 5/2."])
def test_odds_stay_odds(sentence):
    assert [f["category"] for f in figures_in_text(sentence)] == ["other"]
    assert figures_in_text(sentence)[0]["score_first"] is not None


def test_a_date_with_slashes_is_no_mixed_number():
    assert read("The 9/11 report came out.") == []
