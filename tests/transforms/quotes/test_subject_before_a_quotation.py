"""A whole-sentence quotation no cue or earlier speaker accounts for is the words of the person the sentence
before is about, unless it speaks of that person ("he", "her", or their name)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_person_the_sentence_before_is_about_speaks():
    _, quotes = quotes_of(
        "Is the new phone a triumph? Lena Vogt, editor of Phone Weekly, takes a rather partisan view. “It is the best "
        "handset we have tested this year, and we test a lot of them.”",
    )
    assert quote_starting(quotes, "It is the best handset")["speaker"] == "Lena Vogt"


def test_a_quotation_about_that_person_is_not_theirs():
    _, quotes = quotes_of(
        "Sales were slow at first. But Arlo Penn in the 1990s became a star. “In 1995 he sold more records than ever "
        "before.”",
    )
    assert quote_starting(quotes, "In 1995 he sold")["speaker"] is None
