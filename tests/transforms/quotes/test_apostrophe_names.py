"""A surname opening "I'" ("I'Anson") is a name, not the pronoun "I"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_surname_opening_with_i_apostrophe_is_a_name():
    _, quotes = quotes_of(
        "Presenter Carla I'Ebo left the show on Friday. I'Ebo said she was “happy to be home” and thanked viewers.",
    )
    assert quote_starting(quotes, "happy to be home")["speaker"] == "Carla I'Ebo"
