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


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The share sale cut the bank's holding to 12%.", [("12%", "down")]),
        ("The mayor wants to raise the parking charge to £4.", [("£4", "up")]),
        ("The plan is set to halve the tax rate to between 4% and 6%.", [("between 4% and 6%", "down")]),
        ("Councils called for a lowering of the age limit to 16.", [("16", "down")]),
        ("A sharp fall in the rate of inflation to 1.8% lifted shares.", [("1.8%", "down")]),
    ],
)
def test_the_level_after_a_verb_and_its_object_takes_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("It costs up to 30 dollars.", [("up to 30 dollars", None)]),
        ("Prices rose, compared to 5% a year ago.", [("5%", None)]),
        ("The top speed of the lifts translates to 40mph.", [("40mph", None)]),
        ("He lost his place in the side to 19-year-old Tom Hale.", [("19-year-old", None)]),
        ("Demand pushed oil stocks to six-month highs.", [("six-month", None)]),
    ],
)
def test_no_level_after_to(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Shares in the brewer were up 3% at 410p.", [("3%", "up"), ("410p", "up")]),
        ("The index closed down 12 points, or 0.4%, at 3,120.5.", [("12 points", "down"), ("0.4%", "down"), ("3,120.5", "down")]),
        ("Prices jumped to $41 before closing at $40.50.", [("$41", "up"), ("$40.50", None)]),
    ],
)
def test_the_level_after_at_takes_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The yen sank to a record 121.4 against the dollar.", [("121.4", "down")]),
        ("Copper climbed to a fresh high of $3,100 a tonne.", [("$3,100 a tonne", "up")]),
        ("Fees have gone up to £40 a year.", [("£40 a year", "up")]),
        ("Tickets cost up to £40 each.", [("up to £40", None)]),
        ("The fund may go up to $2bn.", [("up to $2bn", None)]),
    ],
)
def test_a_record_level_and_a_rise_up_to_a_level(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Operating profit was 64m euros (£44m; $83m), up from 51m a year before.",
            [("64m euros", "up"), ("£44m", "up"), ("$83m", "up"), ("51m", None)],
        ),
        ("Turnover fell 3% to 9.1bn kronor ($1.3bn; £0.7bn).", [("3%", "down"), ("9.1bn kronor", "down"), ("$1.3bn", "down"), ("£0.7bn", "down")]),
    ],
)
def test_conversions_in_one_bracket_share_the_direction(sentence, expected):
    assert directions(sentence) == expected
