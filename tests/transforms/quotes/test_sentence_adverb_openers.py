"""A sentence adverb opening a sentence is no first name: "Maybe Vantor likes it that way" names no "Maybe Vantor"."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article


@pytest.mark.parametrize("adverb", ["Maybe", "Perhaps"])
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(adverb):
    _document, quotes = quotes_of_article(
        "Photo app under fire",
        f"{adverb} Vantor likes it that way. The app has helped people sell their photos.",
        "“We review every account by hand,” Vantor said.",
    )
    assert quote_starting(quotes, "We review every")["speaker"] == "Vantor"


def test_a_focus_adverb_opening_a_role_phrase_is_no_part_of_the_role():
    _document, quotes = quotes_of(
        'Alongside the calls for action, even a top GOP strategist said Marten will have to choose, saying, "At some '
        'point, she is going to have to come out."',
    )
    assert quotes[0]["speaker"] == "top GOP strategist"
