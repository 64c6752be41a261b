"""A name joined to a gendered pronoun ("she and Tom Vale founded …") is the pronoun's partner: the same pronoun
later stands for whom the first one did, never for the partner."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_she_after_she_and_a_partner_is_the_earlier_woman():
    _, quotes = quotes_of(
        "Dame Rosa Leland spent the war touring America. In 1952 she and Tom Vale founded the City Ballet."
        ' She left the stage in 1960, "because my knee gave way" she said.'
    )
    quote = quote_starting(quotes, "because my knee")
    assert quote["speaker"] == "Rosa Leland"


def test_he_after_he_and_a_partner_is_the_earlier_man():
    _, quotes = quotes_of(
        "Peter Hollis wrote songs for years. Later he and Dan Moore set up a label in Leeds."
        ' "It was the best thing we did," he said.'
    )
    quote = quote_starting(quotes, "It was the best")
    assert quote["speaker"] == "Peter Hollis"
