"""A ” that opens its paragraph before a word, with another ” later in it, is a turned opening mark: the quotation
is found and attributed as if it opened with “."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_turned_mark_before_an_ellipsis_opens_a_quotation():
    _, quotes = quotes_of(
        "Writing for a weekly paper, Dana Q. Morrow noted that the senator kept his temper.",
        "” … he answered every charge with a calm that his rivals never managed,” Morrow wrote.",
    )
    quote = quote_starting(quotes, " … he answered")
    assert quote["kind"] == "direct"
    assert quote["speaker"] == "Dana Q. Morrow"


def test_a_turned_mark_before_a_word_opens_a_quotation_and_the_next_piece_follows():
    _, quotes = quotes_of(
        "Lena Ortiz spoke to voters at the fair.",
        "”Hope. I am hopeful that the town will vote,” she said. “It has to.”",
    )
    assert quote_starting(quotes, "Hope. I am")["speaker"] == "Lena Ortiz"
    assert quote_starting(quotes, "It has to")["speaker"] == "Lena Ortiz"


def test_a_closing_mark_inside_a_paragraph_opens_nothing():
    _, quotes = quotes_of("Lena Ortiz said ” the vote” was close and “fair,” she added.")
    assert not any(quote["text"].startswith(" the vote") for quote in quotes)


def test_a_lone_turned_mark_without_a_closing_one_opens_nothing():
    _, quotes = quotes_of("”Hope is all we have, said the banner by the road.")
    assert quotes == []
