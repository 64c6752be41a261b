"""An acronym speaker takes the name a sentence-opening run spells it with, its "The" and a country's abbreviation left out."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_run_opening_with_the_and_a_country_spells_the_acronym():
    _, quotes = quotes_of(
        "The US Federal Aviation Administration is checking the engines.",
        '"No aircraft will fly until the checks are done," the FAA said.',
    )
    quote = quote_starting(quotes, "No aircraft")
    assert (quote["speaker"], quote["speaker_type"]) == ("Federal Aviation Administration", "organisation")


def test_a_run_opening_with_the_spells_the_acronym():
    _, quotes = quotes_of(
        "The National Audit Office looked at the accounts.",
        '"The spending was poorly controlled," the NAO said.',
    )
    quote = quote_starting(quotes, "The spending")
    assert (quote["speaker"], quote["speaker_type"]) == ("National Audit Office", "organisation")
