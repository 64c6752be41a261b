"""A piece after a "but" clause with a named subject of its own that brands or calls it is that subject's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_after_but_name_branded_is_that_persons():
    _, quotes = quotes_of(
        "Ms Kay said the minister left office \u201cwith his record intact\u201d but Tory Sam Wells branded the way "
        "his department was run as \u201cshambolic\u201d.",
    )
    assert quote_starting(quotes, "shambolic")["speaker"] == "Sam Wells"
    assert quote_starting(quotes, "with his record")["speaker"] == "Kay"


def test_a_term_after_while_name_is_keeps_the_reporting_speaker():
    _, quotes = quotes_of(
        "Mr Cole said on Monday that Ed Pryce was \u201ca lightweight\u201d while Jo Dean is \u201ca liar\u201d.",
    )
    assert quote_starting(quotes, "a liar")["speaker"] == "Cole"
