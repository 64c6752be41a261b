"""A body's name ending in "Fellowship" or "Guild" is an organisation, a plural possessive opening it included."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_plural_possessive_opening_a_fellowship_name_is_part_of_the_name():
    _, quotes = quotes_of("Teachers' Reading Fellowship said the plan would cut libraries \"by stealth\".")
    quote = quote_starting(quotes, "by stealth")
    assert (quote["speaker"], quote["speaker_type"]) == ("Teachers' Reading Fellowship", "organisation")


def test_a_guild_speaks_as_an_organisation():
    _, quotes = quotes_of('The Writers\' Screen Guild said the deal was "a fair start".')
    quote = quote_starting(quotes, "a fair start")
    assert quote["speaker_type"] == "organisation"
