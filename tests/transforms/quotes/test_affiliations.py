"""A person's affiliation: the organisation the mention or an apposition after it names, never a clause or a place."""

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.affiliations import affiliation_after


def affiliation(quote: dict) -> tuple:
    return quote["speaker"], quote["speaker_affiliation"]


def test_the_organisation_ending_an_apposition_is_the_affiliation():
    _, quotes = quotes_of(
        "“So far, so good,” Ken Perkins, an analyst at research firm RetailMetrics LLC, told Associated Press.",
        "“It is well funded,” said David Cummings, head of UK equities for Standard Life Investments.",
    )
    assert [affiliation(quote) for quote in quotes] == [
        ("Ken Perkins", "RetailMetrics LLC"), ("David Cummings", "Standard Life Investments"),
    ]


def test_a_relative_clause_or_a_peers_seat_gives_no_affiliation():
    _, quotes = quotes_of(
        "James McIlroy won in Madrid.",
        "“That was my last decent year,” said McIlroy, who was compared to the likes of Sebastian Coe.",
        "Lord Nicholls of Birkenhead said: “Imprisonment without trial is anathema.”",
    )
    assert [affiliation(quote) for quote in quotes] == [("James McIlroy", None), ("Nicholls", None)]


def test_a_comparison_after_a_name_is_no_apposition():
    assert affiliation_after(
        "A poll found 66 percent have a poor view of Tom Rake, compared with 48 percent who have a poor opinion of Lena Ortiz.",
        44, 52,
    ) is None


def test_an_office_word_before_an_organisation_word_is_part_of_the_organisation():
    _, quotes = quotes_of("“The figures are wrong,” said a Home Office spokesman.")
    assert affiliation(quotes[0]) == ("Home Office spokesman", "Home Office")


def test_an_organisation_named_with_for_the_ends_an_apposition_whole():
    _, quotes = quotes_of("“Phones lie around,” said James Goodman, a senior adviser at the Forum for the Future.")
    assert affiliation(quotes[0]) == ("James Goodman", "Forum for the Future")


def test_the_organisation_before_its_place_ends_an_apposition():
    _, quotes = quotes_of("“No end is in sight,” said Carsten Fritsch, a strategist at Commerzbank in Frankfurt.")
    assert affiliation(quotes[0]) == ("Carsten Fritsch", "Commerzbank")


def test_a_person_of_an_organisation_joined_by_an_ampersand_is_the_person():
    _, quotes = quotes_of("“Things are getting worse,” said David Marsh of Hanson & Pole's in New York.")
    assert quotes[0]["speaker"] == "David Marsh"
    assert quotes[0]["speaker_type"] == "person"


def test_an_acronym_before_a_persons_name_is_the_organisation_not_part_of_the_name():
    _, quotes = quotes_of(
        "The French co-head of aerospace group EADS Philippe Marchand is to leave his post.",
        "“I will give up my role as soon as the board asks me to,” he said.",
    )
    assert quotes[0]["speaker"] == "Philippe Marchand"
