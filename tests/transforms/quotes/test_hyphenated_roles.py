"""A hyphenated role noun ("fly-half", "full-back") is read whole: "fly" is no adverb closing the phrase, "half" no
word of its own, so "said the Bath fly-half" is a role the person named before it holds."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_hyphenated_role_after_a_club_is_the_player_named_before():
    _, quotes = quotes_of(
        "Wales wing Tom Pryce won the sevens award.",
        'Pryce was thrilled with the honour. "It is a great feeling to be picked," said the Bath fly-half.',
    )
    quote = quote_starting(quotes, "It is a great")
    assert quote["speaker"] == "Tom Pryce"


def test_the_club_before_a_hyphenated_role_is_no_speaker():
    _, quotes = quotes_of('"We never stopped working," said the Leeds full-back.')
    quote = quote_starting(quotes, "We never")
    assert quote["speaker"] != "Leeds"
