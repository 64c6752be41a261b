"""A sentence that opens with a person's name and a long aside about them: the name is the cue's subject."""

from transforms.quotes.name_appositions import name_before_aside
from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_before_an_aside_with_two_commas_is_the_subject():
    _, quotes = quotes_of(
        "Ruth Calloway, head of policy at Greenway Trust, the charity's research arm, said the rules were "
        "\u201cbadly drafted from the start.\u201d",
    )
    assert quote_starting(quotes, "badly drafted")["speaker"] == "Ruth Calloway"


def test_a_name_before_a_relative_clause_naming_a_body_is_the_subject():
    _, quotes = quotes_of(
        "Owen Fairley, a strategist who is advising Forward Britain, a campaign group, said voters saw her as "
        "\u201ccalm and capable\u201d in the debate.",
    )
    assert quote_starting(quotes, "calm and capable")["speaker"] == "Owen Fairley"


def test_a_name_before_an_age_and_a_town_is_the_subject():
    _, quotes = quotes_of(
        "Dana Price, a 41-year-old nurse from Leeds, West Yorkshire, says the ward will \u201cnever be the same.\u201d",
    )
    assert quote_starting(quotes, "never be the same")["speaker"] == "Dana Price"


def test_an_aside_that_adds_another_person_matches_nothing():
    assert name_before_aside("Tom Hale, the chancellor, and Rob Dent, the minister,") is None


def test_an_opening_adverbial_is_no_name():
    assert name_before_aside("On Monday, the committee chairman,") is None
    assert name_before_aside("Tom Hale, the chancellor,") == (0, 8)
