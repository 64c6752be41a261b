"""A role noun that tells a gender ("the woman", "the mother") stands for no person of the other gender
(``role_genders``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_woman_is_not_the_man_the_article_is_about():
    _, quotes = quotes_of(
        "Police chief Tom Barker said officers had arrested two men. Mr Barker said the inquiry was continuing.",
        "Barker added that a woman had called the station on Sunday night.",
        "“I saw them running from the shop,” the woman said.",
    )
    assert quote_starting(quotes, "I saw them")["speaker"] == "woman"


def test_the_mother_is_not_a_man_named_before():
    _, quotes = quotes_of(
        "Head teacher Paul Crane has written to every family. Mr Crane said the school would reopen on Monday.",
        "“They looked very frightened,” the mother said.",
    )
    assert quote_starting(quotes, "They looked")["speaker"] != "Paul Crane"


def test_the_woman_is_still_the_woman_the_article_names():
    _, quotes = quotes_of(
        "Ann Lowe, 71, was in the shop when the men came in. She said she hid behind the counter.",
        "“I have never been so scared,” the woman said.",
    )
    assert quote_starting(quotes, "I have never")["speaker"] == "Ann Lowe"


def test_a_local_woman_is_the_latest_woman_named_not_a_man_named_after_her():
    _, quotes = quotes_of(
        "Ann Lowe was in the shop on Sunday. Mr Tom Barker said officers had arrested two men.",
        "Mr Barker said the inquiry was going well. “I have never been so scared,” the Waterford woman said.",
    )
    assert quote_starting(quotes, "I have never")["speaker"] == "Ann Lowe"
