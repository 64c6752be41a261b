"""A participle opening a sentence before a surname is no first name: "Hosting Cook at …" names Cook."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_sentence_opening_participle_is_not_taken_for_a_first_name():
    _, quotes = quotes_of(
        "Widgetco grew fast, chief executive Sam Cole said at a meeting with Acme founder Jo Hart.",
        "Welcoming Cole to the stage, Hart praised the firm.",
        "“We love working with Acme,” Cole said.",
    )
    assert quote_starting(quotes, "We love")["speaker"] == "Sam Cole"


def test_a_place_whose_name_opens_with_an_ing_word_keeps_it():
    _, quotes = quotes_of(
        "Downing Street said the report was “deeply flawed” on Monday.",
    )
    assert quote_starting(quotes, "deeply flawed")["speaker"] != "Street"
