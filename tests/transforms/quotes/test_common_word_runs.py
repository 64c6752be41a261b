"""The last word of a longer capitalised run is no one's surname when the article writes it in lower case too."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_run_ending_in_a_common_word_names_no_person():
    _, quotes = quotes_of(
        "Ministers follow a code of practice.",
        "However, Ministers' Code of Practice \u201crecognises a wider duty\u201d of care.",
    )
    assert quote_starting(quotes, "recognises a wider duty")["speaker"] != "Code"


def test_a_titled_surname_stays_a_person():
    _, quotes = quotes_of(
        "\u201cWe will not give up,\u201d said Detective Sergeant Alan Marsh.",
        "\u201cThe work goes on,\u201d Sergeant Marsh said.",
    )
    assert quote_starting(quotes, "The work goes on")["speaker"] == "Alan Marsh"
