"""A party's adjective ("Democratic nominee", "Republican front-runner") or a letter of an initialism ("S" of "U.S.")
names no body that speaks: "it" or "the group" never stands for it, however often the article writes it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_it_is_not_a_party_adjective_named_most():
    _, quotes = quotes_of(
        "Republican front-runner Jo Hart met Republican donors and the Republican governor of the state on Monday.",
        "In the end, it said, “the plan is final.”",
    )
    assert quote_starting(quotes, "the plan")["speaker"] != "Republican"


def test_the_group_is_not_a_party_adjective():
    _, quotes = quotes_of(
        "Marchers spoke out about Democratic nominee Ann Lee and Democratic leaders in the city.",
        "“Power to us!” the group shouted from the street.",
    )
    assert quote_starting(quotes, "Power to us")["speaker"] != "Democratic"


def test_a_letter_of_an_initialism_is_no_body():
    _, quotes = quotes_of(
        "The memo was sent to U.S. lawmakers on Monday by the agency.",
        "It describes U.S. policy, and it said the aim was “blocking offensive content.”",
    )
    assert quote_starting(quotes, "blocking")["speaker"] not in ("S", "U")
