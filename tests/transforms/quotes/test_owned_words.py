"""A mention naming an owner's words runs to a colon past its noun: the words are the owner's."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.owned_words import owned_words
from transforms.quotes.speakers import read_mention


def test_a_message_to_an_office_holder_is_its_senders():
    _, quotes = quotes_of(
        "The finance minister will set out his plans on Tuesday.",
        "Business leader Ravi Olunde said growth mattered most. His message to the minister was: “Keep spending under control.”",
    )
    assert quote_starting(quotes, "Keep spending")["speaker"] == "Ravi Olunde"


def test_a_partys_slogan_is_the_partys():
    reading = read_mention("The Green Alliance's campaign slogan will be")
    assert (reading.owner, reading.head) == ("Green Alliance", "slogan")


def test_the_mention_ends_at_the_noun_only_before_a_tail_word():
    assert owned_words("report earlier this year into pensions".split()) == ["report"]
    assert owned_words("chief economist".split()) == ["chief", "economist"]
