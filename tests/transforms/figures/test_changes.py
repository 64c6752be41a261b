"""Changes from one number to another: two figures, the start without a direction and the end with it."""

import pytest

from transforms.figures import figures_in_text


def change(sentence: str) -> list[tuple[str, float, str | None, str | None, str]]:
    return [(f["text"], f["value"], f["direction"], f["unit"], f["qualifier"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,start,end",
    [
        ("The pension age will rise from 60 to 65.", ("60", 60, None, None), ("65", 65, "up", None)),
        ("Support grew from 19% to 37% in a year.", ("19%", 19, None, "percent"), ("37%", 37, "up", "percent")),
        ("Profit fell from £5m to £3m.", ("£5m", 5e6, None, "pounds"), ("£3m", 3e6, "down", "pounds")),
        ("The range grows from 252 to 287 miles.", ("252", 252, None, "miles"), ("287 miles", 287, "up", "miles")),
        ("He slimmed down from 240 pounds to 205 over the winter.", ("240 pounds", 240, None, "pounds"), ("205", 205, "down", "pounds")),
        ("The coin slid from $120 at noon on Friday to $95 by the close.", ("$120", 120, None, "dollars"), ("$95", 95, "down", "dollars")),
        ("Output climbed from 4 tonnes in 2019 to 6 tonnes in 2021.", ("4 tonnes", 4, None, "tonnes"), ("6 tonnes", 6, "up", "tonnes")),
    ],
)
def test_a_change_verb_before_from_makes_two_figures(sentence, start, end):
    assert change(sentence) == [(*start, "exact"), (*end, "exact")]


@pytest.mark.parametrize(
    "sentence,direction",
    [
        ("India has raised the limit for foreign direct investment in telecoms companies from 49% to 74%.", "up"),
        ("The bank upped its target for the share price, from £35 to £36.20.", "up"),
        ("Apple is hiring more people, going from 1000 to 2000 engineers this year.", "up"),
        ("The council lowered the speed limit from 40 to 30 mph.", "down"),
    ],
)
def test_a_word_of_change_without_a_direction_takes_it_from_the_values(sentence, direction):
    found = figures_in_text(sentence)
    assert len(found) == 2 and found[0]["direction"] is None and found[1]["direction"] == direction
    assert [figure["qualifier"] for figure in found] == ["exact", "exact"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices range from $10 to $20.",
        "Tickets cost from £10 to £20, and sales rose.",
        "Sales rose, and prices ranged from $10 to $20.",
    ],
)
def test_from_to_without_a_change_in_its_clause_stays_a_range(sentence):
    ranges = [figure for figure in figures_in_text(sentence) if figure["qualifier"] == "range"]
    assert [(figure["value_low"], figure["value_high"]) for figure in ranges] == [(10, 20)]
