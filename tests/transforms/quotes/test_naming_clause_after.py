"""A quotation a naming clause after it names with ("“…” as the locals call it", "as the river is known") is a term."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_followed_by_as_and_a_passive_naming_verb_is_scare():
    _, quotes = quotes_of('The Kelda Bridge crosses the Usk - or "the silver road" as the lower river is known.')
    quote = quote_starting(quotes, "the silver road")
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_as_soon_as_after_a_quotation_names_nothing():
    _, quotes = quotes_of('Jo Hart said the board "should decide at once" as soon as the vote is called.')
    quote = quote_starting(quotes, "should decide")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Jo Hart")
