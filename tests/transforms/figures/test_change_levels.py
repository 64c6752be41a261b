"""The level a change ends at takes the change's direction: "rose 5% to 38.9 million" is up twice."""

import pytest

from transforms.figures import figures_in_text


def directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Turnover rose 4% to £2.5bn.", [("4%", "up"), ("£2.5bn", "up")]),
        ("Brent fell 2.1% to $61.40 a barrel.", [("2.1%", "down"), ("$61.40 a barrel", "down")]),
        (
            "The index lost 12.5 points, or 0.4%, to 3,210.55.",
            [("12.5 points", "down"), ("0.4%", "down"), ("3,210.55", "down")],
        ),
        ("Shares climbed 30 cents, to $9.15.", [("30 cents", "up"), ("$9.15", "up")]),
        ("Profit jumped 40% to $2bn (£1.5bn).", [("40%", "up"), ("$2bn", "up"), ("£1.5bn", "up")]),
    ],
)
def test_the_level_after_to_takes_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("They shipped 400 crates to 12 ports.", [("400", None), ("12", None)]),
        ("Growth was cut from 6 to 8 per cent to 2 to 4 per cent.", None),
    ],
)
def test_no_change_or_a_range_gives_no_level(sentence, expected):
    found = directions(sentence)
    if expected is not None:
        assert found == expected
    else:
        assert found[-1][1] is None  # the new range is no level a change ends at


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Output is expected to rise 2.5% in 2006 to 3.1 million tonnes.", [("2.5%", "up"), ("3.1 million tonnes", "up")]),
        ("Profits fell 8% last year to £4.1bn.", [("8%", "down"), ("£4.1bn", "down")]),
        ("Sales jumped 30% over the summer season to $12bn.", [("30%", "up"), ("$12bn", "up")]),
        ("Its share has slipped 4% since June to 81.5%.", [("4%", "down"), ("81.5%", "down")]),
    ],
)
def test_a_time_between_the_change_and_its_level(sentence, expected):
    assert directions(sentence) == expected
