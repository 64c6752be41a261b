"""A sentence adverb opening a sentence is no first name: "Maybe Vantor likes it that way" names no "Maybe Vantor"."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of_article


@pytest.mark.parametrize("adverb", ["Maybe", "Perhaps"])
def test_a_sentence_adverb_before_a_name_is_no_part_of_it(adverb):
    _document, quotes = quotes_of_article(
        "Photo app under fire",
        f"{adverb} Vantor likes it that way. The app has helped people sell their photos.",
        "“We review every account by hand,” Vantor said.",
    )
    assert quote_starting(quotes, "We review every")["speaker"] == "Vantor"
