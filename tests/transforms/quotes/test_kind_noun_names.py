"""A bare noun for a kind of body found as the speaker gives way to the body's name written right after it
("consultancy 4Cast said", "business lobby group the CBI says")."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.kind_noun_names import name_after_kind_noun


def test_a_name_opening_with_a_digit_after_the_noun_speaks():
    _, quotes = quotes_of("“Our main worry is the budget,” consultancy 7Point said.")
    quote = quote_starting(quotes, "Our main worry")
    assert (quote["speaker"], quote["speaker_type"]) == ("7Point", "organisation")


def test_a_name_after_the_noun_and_the_speaks():
    _, quotes = quotes_of("Costs are “rising fast”, trade lobby group the FSX says.")
    quote = quote_starting(quotes, "rising fast")
    assert (quote["speaker"], quote["speaker_type"]) == ("FSX", "organisation")


def test_only_a_bare_lower_case_kind_noun():
    text = "the firm Jo Hart founded said"
    assert name_after_kind_noun(text, len("the firm"), "the firm") is None
    text = "analyst Jo Hart said"
    assert name_after_kind_noun(text, len("analyst"), "analyst") is None
    text = "lobby group the FSX said"
    assert name_after_kind_noun(text, len("lobby group"), "lobby group") == (len("lobby group the "), len("lobby group the FSX"))
