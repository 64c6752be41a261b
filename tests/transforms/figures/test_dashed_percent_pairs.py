"""Two figures joined by a dash: no minus sign glued to a percent ("8%-10%"), and no range that runs downwards."""

import pytest

from transforms.figures import figures_in_text


def _rows(sentence: str) -> list[tuple]:
    return [(f["text"], f["value"], f["value_low"], f["value_high"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mining shares posted a 4%-7% gain on the week.", [("4%-7%", None, 4.0, 7.0, "up")]),
        ("Bond yields saw a 1.5%-2% drop in March.", [("1.5%-2%", None, 1.5, 2.0, "down")]),
    ],
)
def test_a_dash_after_a_percent_joins_a_range(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By 61%-35%, voters backed the new park.", [("61%", 61.0, 61.0, 61.0, None), ("35%", 35.0, 35.0, 35.0, None)]),
        (
            "The deficit for the year is £12bn - £1.5bn less than forecast.",
            [("£12bn", 12e9, 12e9, 12e9, None), ("£1.5bn", 1.5e9, 1.5e9, 1.5e9, None)],
        ),
        (
            "The side sits on 40 points - six points behind the leaders.",
            [("40 points", 40.0, 40.0, 40.0, None), ("six points", 6.0, 6.0, 6.0, None)],
        ),
    ],
)
def test_a_pair_that_runs_downwards_is_two_figures(sentence, expected):
    assert _rows(sentence) == expected


def test_a_bare_year_span_still_gives_no_figure():
    assert _rows("The budget for 2009-10 was agreed.") == []


def test_a_minus_after_a_space_stays():
    assert _rows("The index moved -3% on the day.")[0][:2] == ("-3%", -3.0)
