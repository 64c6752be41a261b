"""A definite description of a body ("the watchdog", "the radio station", "the group") is the body the article
named for it: one named after a noun of its kind, the subject of the sentence before, or one quoted before."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_watchdog_is_the_body_named_after_a_regulators_noun():
    _, quotes = quotes_of(
        "Dutch markets regulator KVB has opened an inquiry into Brightwell Holdings. "
        "Brightwell has said the inquiry has \u201cno basis\u201d. "
        "The watchdog is said to suspect the directors of \u201cmisleading investors\u201d.",
    )
    assert quote_starting(quotes, "misleading investors")["speaker"] == "KVB"


def test_a_station_is_the_body_quoted_before_it():
    _, quotes = quotes_of(
        "The Coast Radio Network said the new show would \u201ckeep the spirit alive\u201d. "
        "Its presenters will all keep their weekend slots. "
        "\u201cNobody can fill those shoes,\u201d said the radio station.",
    )
    assert quote_starting(quotes, "Nobody can")["speaker"] == "Coast Radio Network"


def test_a_group_is_the_body_that_opens_the_sentence_before_not_one_it_told():
    _, quotes = quotes_of(
        "The Harbour Children Foundation declined to comment, telling ABC News that it would \u201cstay focused\u201d. "
        "\u201cWe will not be drawn into this row,\u201d the group said.",
    )
    assert quote_starting(quotes, "We will not")["speaker"] == "Harbour Children Foundation"


def test_a_group_is_the_body_that_opens_the_sentence_before_not_the_body_quoted_last():
    _, quotes = quotes_of(
        "Harbour Bank said it would \u201ctake no sides\u201d. The Harbour Children Foundation declined to comment further. "
        "\u201cWe will not be drawn into this row,\u201d the group said.",
    )
    assert quote_starting(quotes, "We will not")["speaker"] == "Harbour Children Foundation"


def test_a_company_is_not_a_subject_that_another_speaking_body_follows():
    _, quotes = quotes_of(
        "Northfield Finance has lent heavily this year, but Northfield Motors said it would cut lending. "
        "\u201cOur goal remains growth,\u201d the company said.",
    )
    assert quote_starting(quotes, "Our goal")["speaker"] != "Northfield Finance"


def test_a_body_of_another_kind_named_before_is_no_watchdog():
    _, quotes = quotes_of(
        "Media giant Vantor said the claims had \u201cno merit\u201d. "
        "The watchdog is said to believe the pair held \u201cinside knowledge\u201d.",
    )
    assert quote_starting(quotes, "inside knowledge")["speaker"] != "Vantor"
