"""A document's author read from the capitalised word before its noun is a body or a person the article names, not a
capitalised adjective opening the sentence."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_capitalised_adjective_before_a_document_noun_is_no_author():
    _, quotes = quotes_of(
        "The senator spoke to reporters after the hearing on Tuesday.",
        "Abridged transcript as follows: \u201cWe will look at the budget again next week.\u201d",
    )
    quote = quote_starting(quotes, "We will look")
    assert quote["speaker"] != "Abridged"


def test_a_named_author_before_a_document_noun_still_speaks():
    _, quotes = quotes_of(
        "Former premier Jan Vossen led the review of the rail network.",
        "The Vossen report said the network needed \u201ca decade of steady investment\u201d.",
    )
    quote = quote_starting(quotes, "a decade")
    assert quote["speaker"] == "Jan Vossen"
