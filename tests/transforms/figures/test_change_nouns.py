"""A change named by a noun beside its amount, or a verb of change before its object and "by", gives the direction."""

import pytest

from transforms.figures import figures_in_text


def directions(sentence: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["direction"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The brewer reported a 12% rise in sales.", [("12%", "up")]),
        ("Analysts expect a 0.4% fall in output.", [("0.4%", "down")]),
        ("The party has promised £6bn tax cuts.", [("£6bn", "down")]),
        ("They plan £20bn of cuts to services.", [("£20bn", "down")]),
        ("The plan allows £3bn in spending cuts.", [("£3bn", "down")]),
        ("Nurses were offered a 7% pay increase.", [("7%", "up")]),
        ("The index suffered a 40-point drop.", [("40-point", "down")]),
        ("The union wants a tariff rise of 45% this year.", [("45%", "up")]),
        ("Planned cuts of £12bn were shelved.", [("£12bn", "down")]),
        ("Sales hit a target of a 2-4% increase.", [("2-4%", "up")]),
    ],
)
def test_a_noun_of_change_gives_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The airline is reducing staff costs by $300m this year.", [("$300m", "down")]),
        ("The firm trimmed its Dutch workforce by 1,500.", [("1,500", "down")]),
        ("The regulator lowered the cap on fees by 15%.", [("15%", "down")]),
        ("The bank will raise its main lending rate by 0.5%.", [("0.5%", "up")]),
        ("The maker is cutting spring output at its Ohio plant by another 8,000 cars.", [("8,000", "down")]),
    ],
)
def test_a_verb_before_its_object_and_by_gives_the_direction(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The council approved 300 job cuts.", [("300", None)]),  # what a count counts, not its change
        ("If 10% of prices rise, buyers will wait.", [("10%", None)]),  # a verb after a plural subject
        ("Towns saw a 12 percent greater drop in jobs.", [("12 percent", None)]),  # two changes compared
        ("Up to 20% drop out in the first year.", [("Up to 20%", None)]),  # "drop out" is no change
        ("The number of stolen bikes has soared by 30%.", [("30%", "up")]),  # not "stolen": the auxiliary ends the search
        ("Sales of cut flowers, said the report, reached £2m by June.", [("£2m", None)]),
    ],
)
def test_no_change_noun_or_verb_of_by_gives_none(sentence, expected):
    assert directions(sentence) == expected
