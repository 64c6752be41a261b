"""A lead that closes with "…, <body> has indicated" names the source of its headline quotation (a verb of stance)."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article


def test_a_seat_of_government_that_has_indicated_speaks_the_headline_quote():
    _, quotes = quotes_of_article(
        "Mayor 'urging rivals on tax'",
        "Jo Hart is urging her rivals to cut taxes despite their refusal, Downing Street has indicated.\n\nOfficials confirmed talks.",
    )
    assert quote_starting(quotes, "urging rivals")["speaker"] == "Downing Street"


def test_an_organisation_that_has_indicated_speaks_the_headline_quote():
    _, quotes = quotes_of_article(
        "Plant 'set to close in spring'",
        "The Dunmore plant is set to close in the spring, Acme Motors has indicated.\n\nWorkers were told on Monday.",
    )
    assert quote_starting(quotes, "set to close")["speaker"] == "Acme Motors"
