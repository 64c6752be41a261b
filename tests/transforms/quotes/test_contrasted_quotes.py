"""A "he" after a sentence that quotes one person and turns, after "but", to another named subject is that subject."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_pronoun_after_a_but_clause_with_a_new_subject_is_that_subject():
    _, quotes = quotes_of(
        "Tom Reid said he was \u201cfed up\u201d with the pitch but Acme Rovers' Peter Vane dismissed his "
        "complaint. \u201cWe relaid it in the summer,\u201d he said.",
    )
    assert quote_starting(quotes, "fed up")["speaker"] == "Tom Reid"
    assert quote_starting(quotes, "We relaid")["speaker"] == "Peter Vane"


def test_pronoun_after_a_quotation_without_a_contrasting_clause_keeps_its_speaker():
    _, quotes = quotes_of(
        "Tom Reid said he was \u201cfed up\u201d with the pitch and wanted Peter Vane to act. "
        "\u201cIt has been bad for months,\u201d he said.",
    )
    assert quote_starting(quotes, "It has been")["speaker"] == "Tom Reid"


def test_pronoun_of_the_other_gender_keeps_the_quoted_speaker():
    _, quotes = quotes_of(
        "Anna Reid said she was \u201cfed up\u201d with the pitch but groundsman Peter Vane dismissed her "
        "complaint. \u201cIt has been bad for months,\u201d she said.",
    )
    assert quote_starting(quotes, "It has been")["speaker"] == "Anna Reid"
