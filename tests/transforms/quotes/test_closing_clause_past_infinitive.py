"""A reporting clause closing the sentence after a comma names the speaker of a quotation inside it, even when a
cue word in an infinitive ("to predict", "to announce") comes first."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_closing_clause_past_an_infinitive_names_the_speaker():
    _, quotes = quotes_of(
        '"Sales fell sharply," Ann Reid said.'
        ' It was "far too soon" to predict whether the slump would last into next year, Colin Marsh said.'
    )
    quote = quote_starting(quotes, "far too soon")
    assert quote["speaker"] == "Colin Marsh"


def test_a_closing_clause_with_a_body_names_the_body():
    _, quotes = quotes_of(
        "The Northern Arts Board met in York on Monday."
        ' It was "not the right time" to announce new grants for theatres, the Northern Arts Board said.'
    )
    quote = quote_starting(quotes, "not the right time")
    assert quote["speaker"] == "Northern Arts Board"
