"""A place whose name opens with "San", "Los", "Las" or "Santa" is no person a pronoun takes up."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_san_place_is_not_a_she():
    _, quotes = quotes_of(
        "Parents are worried about what their children share online.",
        "Write to the newsroom at 12 Harbour Road, San Cristobal, CA 90000.",
        'Reporters spoke to one grandmother about her grandson\'s account. "I had no idea he was posting," she said.',
    )
    quote = quote_starting(quotes, "I had no idea")
    assert quote["speaker"] != "San Cristobal"
