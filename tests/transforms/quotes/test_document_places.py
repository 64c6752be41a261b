"""A statement nobody is named writing is no place's: the organisation named last before it is not a state or a country."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_place_named_before_a_statement_did_not_write_it():
    _, quotes = quotes_of(
        "Acme National Golf Club in Jupiter, Florida, was paid $35,845 in May. Both of the Florida golf courses hosted news conferences.",
        "The campaign on Tuesday responded that it had expanded. “Also, the costs are far higher now,” the statement said.",
    )
    assert quote_starting(quotes, "Also, the costs")["speaker"] is None
