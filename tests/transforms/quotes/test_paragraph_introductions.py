"""A whole-sentence quotation after sentences of its own paragraph: the person they are about, before the subject
of the last sentence of a paragraph before that quotes no one."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_person_of_the_own_paragraph_before_the_previous_paragraphs_subject():
    _, quotes = quotes_of(
        "The tournament is played over two weeks in the spring.",
        "Jane Fowler won her fifth match in a row on Tuesday. Fowler lost the top ranking in May after a knee injury. "
        "\u201cSince then I have worked hard on my fitness.\u201d",
    )
    assert quote_starting(quotes, "Since then")["speaker"] == "Jane Fowler"


def test_paragraph_opening_quotation_keeps_the_previous_paragraphs_subject():
    _, quotes = quotes_of(
        "Jane Fowler was in no mood to talk about the injury.",
        "\u201cIt is behind me now.\u201d",
    )
    assert quote_starting(quotes, "It is behind")["speaker"] == "Jane Fowler"
