"""A quotation that opens with a lower-case finite verb after a work's noun is what is said of the work, no title of it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_verb_opening_after_the_film_is_reported_words():
    _, quotes = quotes_of(
        'A spokeswoman for studio Kinoma said the film "has drawn big crowds in every city so far".'
    )
    quote = quote_starting(quotes, "has drawn")
    assert quote["kind"] == "direct"


def test_a_title_after_the_film_stays_a_title():
    _, quotes = quotes_of('Critics praised the film "Blue Harbour" when it opened in March.')
    quote = quote_starting(quotes, "Blue Harbour")
    assert quote["kind"] == "scare"


def test_a_question_after_a_title_noun_stays_a_title():
    _, quotes = quotes_of('The party ran posters under the headline "are you ready for change?" across the country.')
    quote = quote_starting(quotes, "are you ready")
    assert quote["kind"] == "scare"
