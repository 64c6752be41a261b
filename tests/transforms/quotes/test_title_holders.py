"""A bare definite office is the person the article names after that office written as a title, not a holder of a
body's office of the same name."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_president_is_the_holder_of_the_bare_title_not_a_bodys_president():
    _document, quotes = quotes_of(
        "President Adams spent the morning at the summit in Lisbon.",
        "He later met Harbour Bank President Lena Ortiz to discuss loans.",
        '"This is a day for the history books," the president said.',
    )
    assert quote_starting(quotes, "This is a day")["speaker"] == "Adams"


def test_a_title_holder_named_later_in_full_takes_the_fullest_name():
    _document, quotes = quotes_of(
        "Prime Minister Tom Reyes flew to Oslo on Monday for talks.",
        '"We will find an agreement," the prime minister said.',
    )
    assert quote_starting(quotes, "We will find")["speaker"] == "Tom Reyes"


def test_an_office_never_written_as_a_bare_title_is_left_to_the_descriptions():
    _document, quotes = quotes_of(
        "Harbour Bank President Lena Ortiz spoke at the conference in Lisbon.",
        '"Rates will stay low," the president said.',
    )
    assert quote_starting(quotes, "Rates will")["speaker"] == "Lena Ortiz"
