"""A person named in full only as the owner in a capitalised run ("Gordon Brown's Budget") is the full form a later
lone surname takes, though no pronoun takes the owner (``name_runs.possessive_owner``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.name_runs import possessive_owner


def test_a_lone_surname_takes_the_full_name_of_an_owner_before_a_capitalised_word():
    _, quotes = quotes_of(
        "The row over Martin Keane's Budget turned into a pre-election battle.",
        'Defending the plans, Mr Keane told the programme: "I will take no risks with the economy."',
    )
    assert quote_starting(quotes, "I will take")["speaker"] == "Martin Keane"


def test_the_owner_is_a_persons_name_of_two_words_or_more():
    assert possessive_owner("Martin Keane's Budget") == "Martin Keane"
    assert possessive_owner("Arsenal's Patrick Vieira") is None
