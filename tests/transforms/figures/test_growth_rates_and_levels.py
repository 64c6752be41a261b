"""Direction of a change named by "growth", stated as a rate, or given by the level it moved from; no rise from a phrasal "up"."""

import pytest

from transforms.figures import figures_in_text


def _directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bakery reported sales growth of 6% over the winter.", [("6%", "up")]),
        ("Analysts expect 3.2% growth in the region next spring.", [("3.2%", "up")]),
        ("Exports climbed at an annual rate of 4.5% in the quarter.", [("4.5%", "up")]),
        ("Output contracted at a yearly rate of 1.2% last quarter.", [("1.2%", "down")]),
        ("Ticket revenue was $12m, up from $9m a year earlier.", [("$12m", "up"), ("$9m", None)]),
        ("The vacancy rate stood at 7.4%, down from 8.1% in the spring.", [("7.4%", "down"), ("8.1%", None)]),
    ],
)
def test_change_direction(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _directions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pensioners make up 30% of the town's voters.", [("30%", None)]),
        ("Students took up about a quarter of the seats.", [("about a quarter", None)]),
        ("The gallery was set up 40 years ago by two painters.", [("40 years", None), ("two", None)]),
        ("Storms could wipe out as much as 2% of annual growth.", [("as much as 2%", None)]),
    ],
)
def test_no_direction(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _directions(sentence) == expected


def test_growth_at_a_rate_is_up() -> None:
    assert _directions("Regional growth at 6.4% beat forecasts.") == [("6.4%", "up")]
