"""Role nouns of US news read as a person's role: "the retired neurosurgeon" is the person the article is about."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article


def test_the_retired_neurosurgeon_is_the_person_the_article_is_about():
    _document, quotes = quotes_of_article(
        "Lee Marsh hints at campaign shakeup",
        "Lee Marsh said on Monday that he would keep his campaign team.",
        "The retired neurosurgeon said in a statement that he was “refining some operational practices.”",
    )
    assert quote_starting(quotes, "refining")["speaker"] == "Lee Marsh"


def test_the_hopeful_is_the_person_the_article_names():
    _document, quotes = quotes_of_article(
        "Marsh vows to win Iowa",
        "Lee Marsh spoke in Iowa on Monday.",
        "“We will win,” the Democratic hopeful said.",
    )
    assert quote_starting(quotes, "We will win")["speaker"] == "Lee Marsh"
