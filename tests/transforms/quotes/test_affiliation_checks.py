"""Affiliations that name no organisation (``affiliation_checks``) and the owner of an office in an apposition."""

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.affiliation_checks import checked_affiliation


def affiliation(quote: dict) -> tuple:
    return quote["speaker"], quote["speaker_affiliation"]


def test_a_word_saying_how_the_speaker_stands_to_a_party_is_no_part_of_it():
    _, quotes = quotes_of("Fellow Green Jane Marsh said the plan was “a shambles”.")
    assert affiliation(quotes[0]) == ("Jane Marsh", "Green")


def test_a_portfolio_before_an_office_is_no_affiliation():
    _, quotes = quotes_of(
        "“We will act,” said Culture minister Ann Rivers.",
        "Communications director Tom Platt said: “No comment.”",
    )
    assert [affiliation(quote) for quote in quotes] == [("Ann Rivers", None), ("Tom Platt", None)]


def test_a_titled_name_is_no_affiliation():
    _, quotes = quotes_of("“He left us,” said Mr Hale's deputy, Mark Lowe.", "Dr Stone's ally Peter Kemp said: “We wait.”")
    assert all(quote["speaker_affiliation"] is None or not quote["speaker_affiliation"].startswith(("Mr", "Dr")) for quote in quotes)


def test_the_owner_of_an_office_ends_an_apposition_whose_of_names_a_field():
    _, quotes = quotes_of(
        "“Workers will suffer,” said Jan Holt, Oxfam's head of Trade Policy.",
        "“Sales are up,” said Rita Kemp, Vodafone's chief executive.",
    )
    assert [affiliation(quote) for quote in quotes] == [("Jan Holt", "Oxfam"), ("Rita Kemp", "Vodafone")]


def test_a_persons_owner_gives_no_affiliation():
    _, quotes = quotes_of(
        "“He was a giant,” said Tom Hale, Jones's co-star in the series.",
        "“He will win,” said Amy Ford, Smith's former campaign manager.",
    )
    assert [affiliation(quote) for quote in quotes] == [("Tom Hale", None), ("Amy Ford", None)]


def test_an_organisation_ending_an_apposition_comes_before_the_owner():
    _, quotes = quotes_of("“I feel fresh,” said Huw Lloyd, Evans's team-mate at Cardiff.")
    assert affiliation(quotes[0]) == ("Huw Lloyd", "Cardiff")


def test_a_plural_title_before_names_is_no_affiliation():
    assert checked_affiliation("Lords Hatton", "Hale") is None
    assert checked_affiliation("Lords", "Hale") == "Lords"
