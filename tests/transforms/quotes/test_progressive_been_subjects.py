"""A subject before "'s been" or "has been" and an active participle is the clause's subject ("Christie's been making
the case"): a "he" in the sentence after takes it up, not the subject of the clause it reports."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_contracted_has_been_before_a_participle_keeps_the_subject():
    _document, quotes = quotes_of(
        "Chris Marten lit into Tom Dane at the debate for giving the same speech over and over again.",
        'Marten\'s been making the case for weeks that Dane isn\'t ready for the job. "You have not been involved in a '
        'consequential decision," he said.',
    )
    assert quote_starting(quotes, "You have not been")["speaker"] == "Chris Marten"
