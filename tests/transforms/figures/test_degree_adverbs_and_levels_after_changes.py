"""An adverb of degree between a change and its amount keeps the direction ("grew by only 3%"); a level
with the change that led to it after "after" takes its direction; a duration after a verb is no change."""

import pytest

from transforms.figures import figures_in_text


def directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Exports grew by only 3% last year.", [("3%", "up")]),
        ("The region saw an increase of just 45%.", [("45%", "up")]),
        ("Output fell just 0.4% in May.", [("0.4%", "down")]),
        ("Wages were up merely 1.5% on the year.", [("1.5%", "up")]),
        ("Profits slid to just £12m.", [("£12m", "down")]),
    ],
)
def test_a_degree_adverb_keeps_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The party won just 9% of the vote.", [("9%", None)]),
        ("The deal was a saving just 40p more expensive than before.", [("40p", None)]),
    ],
)
def test_not_before_a_share_or_a_comparison(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The average home now costs £201,350 after a 1.2% rise in March.", [("£201,350", "up"), ("1.2%", "up")]),
        ("Unemployment stood at 5.3%, following a fall of 0.1 points.", [("5.3%", "down"), ("0.1 points", "down")]),
        ("Markets are often weak in the two months after a rate rise.", [("two months", None)]),
    ],
)
def test_a_level_after_a_change_takes_its_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("She has lost four years of her career to injury.", [("four years", None)]),
        ("His sentence was cut by two years.", [("two years", "down")]),
    ],
)
def test_a_duration_after_a_verb_is_no_change(sentence, expected):
    assert directions(sentence) == expected
