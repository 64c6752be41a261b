""""won" after a number is the Korean currency, unless it is the verb before its object ("Quake 4 won three awards")."""

import pytest

from tests.transforms.figures.support import only
from transforms.figures import figures_in_text


@pytest.mark.parametrize(
    "sentence",
    [
        "The shooter Quake 4 won the best game award.",
        "Critics said Apollo 13 won over the jury.",
        "His documentary Route 9/10 won the prize.",
    ],
)
def test_won_before_its_object_is_no_currency(sentence):
    assert [figure["text"] for figure in figures_in_text(sentence) if figure["unit"] == "won"] == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The bank set aside 50 trillion won ($48bn) for loans.", "50 trillion won", 50e12),
        ("About 3 trillion won of debt will be swapped.", "About 3 trillion won", 3e12),
        ("The card firm needs a two trillion won bail-out.", "two trillion won", 2e12),
    ],
)
def test_won_as_a_currency_stays(sentence, text, value):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, "won", "money")
