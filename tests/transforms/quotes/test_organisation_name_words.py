"""Words that end a body's name (a festival, a ventures firm) and words that open none (a sentence's "Past")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_festival_is_the_festival_named_before():
    _, quotes = quotes_of(
        "The actor has twice competed at the Lisbon Film Festival, with two of his dramas.",
        "The festival praises him for his “remarkable range”.",
    )
    quote = quote_starting(quotes, "remarkable range")
    assert (quote["speaker"], quote["speaker_type"]) == ("Lisbon Film Festival", "organisation")


def test_it_is_the_ventures_firm_that_is_the_subject_before():
    _, quotes = quotes_of(
        "The old Zenthor brand could return after being bought by a digital music distributor.",
        "New owner Brightwell Media Ventures has not ruled out new machines. It also plans a “global music concept” with the brand.",
    )
    quote = quote_starting(quotes, "global music concept")
    assert (quote["speaker"], quote["speaker_type"]) == ("Brightwell Media Ventures", "organisation")


def test_a_sentence_opening_past_or_recent_is_no_part_of_the_name_after_it():
    _, quotes = quotes_of(
        "Past National Fiscal Planning Office (NFPO) forecasts said there would be a shortfall.",
        "The NFPO says it expects a further “gentle” fall in the currency.",
    )
    quote = quote_starting(quotes, "gentle")
    assert (quote["speaker"], quote["speaker_type"]) == ("National Fiscal Planning Office", "organisation")
