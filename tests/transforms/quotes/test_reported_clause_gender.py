"""A pronoun opening a clause a person reports ("Ann said he was …") is no firm evidence of that person's gender."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_she_takes_up_a_speaker_who_said_he():
    _, quotes = quotes_of(
        "Veteran actor Roy Penn has died aged 88. Chat show host Mina Carrow said he was “a gentleman” to work with. "
        "“He always had time for everyone,” she said.",
    )
    assert quote_starting(quotes, "He always had")["speaker"] == "Mina Carrow"


def test_he_still_takes_up_a_speaker_who_said_he():
    _, quotes = quotes_of(
        "Coach Dan Reeve said he was pleased with the win. “We played well,” he said.",
    )
    assert quote_starting(quotes, "We played well")["speaker"] == "Dan Reeve"
