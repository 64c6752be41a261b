"""A name right after a noun for a kind of body is no one a pronoun takes up; the source "according to" names is."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_she_is_the_source_not_the_body_named_after_giant():
    _, quotes = quotes_of(
        "Screens will shape the coming decade, according to Dana Pell, head of electronics giant Harper Lane.",
        "The task of firms like hers, she said in a speech, was to join the two worlds. The show runs all week. "
        "“The future is about people,” she told the audience.",
    )
    assert quote_starting(quotes, "The future")["speaker"] == "Dana Pell"
