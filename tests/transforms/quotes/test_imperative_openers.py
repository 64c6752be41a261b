"""An imperative opening a line of web copy is no first name: "(See Marsh's full timeline below.)" names no "See Marsh"."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article


def test_see_before_a_surname_is_no_first_name():
    _document, quotes = quotes_of_article(
        "Rally-goers worry a writer",
        "The writer Dana Marsh attended the rally on Tuesday.",
        "(See Marsh’s full timeline of the rally below.)",
        "“I was surprised by the anger,” Marsh said.",
    )
    assert quote_starting(quotes, "I was surprised")["speaker"] == "Dana Marsh"
