"""A title-cased quotation that "called" gives a thing a noun names (or a passive subject) is a name, scare even
in reported speech; a subject's naming and a lower-case judgement stay someone's words."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_thing_called_a_title_cased_name_in_reported_speech_is_scare():
    _, quotes = quotes_of('Mara Quell said she had taught a night course called "Reading The Tides" for years.')
    assert quote_starting(quotes, "Reading The")["kind"] == "scare"
    assert quote_starting(quotes, "Reading The")["speaker"] is None


def test_an_article_before_the_name_and_a_comma_before_called_still_name():
    _, quotes = quotes_of('Dan Oyelaran said a newsletter, called the "Harbour Note," reached every home.')
    assert quote_starting(quotes, "Harbour Note")["kind"] == "scare"


def test_a_passive_called_the_name_is_scare_even_where_a_speaker_is_found():
    _, quotes = quotes_of('The mayor, Tess Ruland, has been called the "Iron Lady of Dunmore" by her rivals, Mr Fenn said.')
    assert quote_starting(quotes, "Iron Lady")["kind"] == "scare"


def test_what_a_subject_called_something_stays_direct():
    _, quotes = quotes_of('Jon Peale attacked what he called the "Great Harbour Swindle" on Monday.')
    assert quote_starting(quotes, "Great Harbour")["kind"] == "direct"


def test_a_lower_case_word_after_called_stays_direct():
    _, quotes = quotes_of('Ana Brisk said a plan called "reckless" by others was dropped.')
    assert quote_starting(quotes, "reckless")["kind"] == "direct"
