"""A capitalised run ending in a company word of US news ("Productions", "Therapeutics") names a body, not a person."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_production_company_speaking_as_it_is_an_organisation():
    _, quotes = quotes_of(
        "A row went on.",
        "Harbour Lane Productions denied that anything had been agreed.",
        "“Any final agreement needs to be made with her team,” it said.",
    )
    quote = quote_starting(quotes, "Any final")
    assert (quote["speaker"], quote["speaker_type"]) == ("Harbour Lane Productions", "organisation")
