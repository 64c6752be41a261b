"""A second change joined by "and" shares the first one's verb: "rose 0.4% on the month and 3.9% on the year"."""

import pytest

from transforms.figures import figures_in_text


def _directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("House prices rose 0.4% on the month and 3.9% on the year.", [("0.4%", "up"), ("3.9%", "up")]),
        ("Rents fell by 2% and 1.5% in the north and south respectively.", [("2%", "down"), ("1.5%", "down")]),
        ("Bookings were up 12% in May and 9% so far this year.", [("12%", "up"), ("9%", "up")]),
    ],
)
def test_the_second_change_takes_the_direction(sentence, expected):
    assert _directions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales fell 4% in March and 20% of shops shut.", [("4%", "down"), ("20%", None)]),  # a share, no change
        ("Costs rose 5% and staff numbers were 300.", [("5%", "up"), ("300", None)]),  # another unit
    ],
)
def test_no_direction_for_what_is_no_second_change(sentence, expected):
    assert _directions(sentence) == expected
