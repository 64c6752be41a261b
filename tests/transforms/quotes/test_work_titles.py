"""A title-cased quotation right after a verb of watching, reading or liking a work is the work's title (``scare``),
even where the sentence's subject would be its speaker."""

from tests.transforms.quotes.support import quotes_of


def test_a_show_someone_enjoys_or_likes_is_a_title():
    _document, quotes = quotes_of(
        'Senator Jo Marten, who is challenging the governor for the nomination, enjoys "Modern Family." '
        'The Florida senator likes "The Walking Dead," while the former governor loves "Lilyhammer."',
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("scare", None)] * 3


def test_a_lower_case_phrase_after_such_a_verb_stays_the_subjects_words():
    _document, quotes = quotes_of('Senator Jo Marten said she loves "a good fight" and always will.')
    assert [quote["kind"] for quote in quotes] == ["direct"]
