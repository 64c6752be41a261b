"""A possessive before a speech noun and a copula ending in a colon introduces the owner's words: "His message
to the board was: “…”" is his; a copula without a colon still judges the words ("Her claim was “false”")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_possessed_speech_noun_before_a_colon_gives_its_owner():
    _, quotes = quotes_of(
        "Dame Ruth Okoye said growth was all that mattered. Her message to the treasurer was: “Do not spend it on "
        "vanity projects.”",
    )
    assert quote_starting(quotes, "Do not spend it")["speaker"] == "Ruth Okoye"


def test_a_possessed_speech_noun_judged_by_a_copula_has_no_owner():
    _, quotes = quotes_of("Officials met on Monday. Their verdict on the plan was “deeply flawed”, a report said.")
    assert quote_starting(quotes, "deeply flawed")["speaker"] != "Officials"
