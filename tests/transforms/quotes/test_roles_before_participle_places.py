"""A role opening a subject keeps the speech when a name comes only after a participle and its preposition: "The
authors of the study published in the journal Acme Medicine argued …" are the authors, not the journal."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_authors_of_a_study_published_in_a_named_journal_are_the_speakers():
    _, quotes = quotes_of(
        "Rates of the disorder have risen, according to a study.",
        "The authors of the research published in the journal Acme Medicine argued that the rise was “a real concern” for doctors.",
    )
    quote = quote_starting(quotes, "a real concern")
    assert (quote["speaker"], quote["speaker_type"]) == ("authors", "role")
