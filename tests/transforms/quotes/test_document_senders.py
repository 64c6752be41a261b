"""A definite document ("the statement", "the email") is the words of whoever the article says sent or issued one
before: the subject of "provided a statement", the agent of "an email was sent from"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_statement_is_its_providers_not_the_paper_that_reported_it():
    _, quotes = quotes_of(
        "The Daily Ledger said Ann Poole provided a written statement in answer to its questions.",
        "\u201cThe minister regrets the error,\u201d the statement said.",
    )
    assert quote_starting(quotes, "The minister regrets")["speaker"] == "Ann Poole"


def test_an_email_sent_from_a_named_director_is_the_directors():
    _, quotes = quotes_of(
        "According to the Herald, an email was sent from the society's chairman, Ben Tarrant, to all members.",
        "The email said, \u201cWe will close the society at the end of the month.\u201d",
    )
    assert quote_starting(quotes, "We will close")["speaker"] == "Ben Tarrant"
