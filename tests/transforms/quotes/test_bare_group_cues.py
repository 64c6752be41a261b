"""A plural role noun without a determiner after a quotation ("“…,” prosecutors wrote") is the subject of its cue."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_bare_plural_role_after_a_quotation_speaks():
    _, quotes = quotes_of(
        "Sam Ortiz copied the files and sold them. He also leaked photographs.",
        "\u201cThe damage done to the victims cannot be measured,\u201d state prosecutors wrote in a court filing.",
    )
    assert quote_starting(quotes, "The damage")["speaker"] == "state prosecutors"


def test_plural_noun_after_a_quoted_term_is_no_speaker():
    _, quotes = quotes_of(
        "Online games appeal more to \u201chardcore\u201d gamers, said a panel of analysts.",
    )
    assert quote_starting(quotes, "hardcore")["speaker"] != "gamers"
