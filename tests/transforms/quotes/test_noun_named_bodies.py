"""A name right after a noun for a kind of body ("football club X", "bookmaker X") is what "the club" or "the
firm" stands for, even when the name reads as a person's or is written only once."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.noun_named_bodies import body_named_after_noun, is_kind_of


def test_the_club_is_the_club_named_after_its_noun():
    _, quotes = quotes_of(
        "Shares in struggling Dutch football club Velden Ansgar fell on Tuesday.",
        "The club, which owes millions, said it faced “a very grave financial position”.",
    )
    quote = quote_starting(quotes, "a very grave")
    assert (quote["speaker"], quote["speaker_type"]) == ("Velden Ansgar", "organisation")


def test_a_sentence_opening_noun_names_the_body_after_it():
    _, quotes = quotes_of(
        "Bookmaker Harold Penfold has stopped taking bets on the next coach.",
        "The firm closed the book, blaming “unusual betting patterns” for the move.",
    )
    quote = quote_starting(quotes, "unusual betting")
    assert (quote["speaker"], quote["speaker_type"]) == ("Harold Penfold", "organisation")


def test_the_company_takes_a_body_named_once_after_firm():
    _, quotes = quotes_of(
        "Software firm Quillbyte is to open an office in Leeds.",
        "The Oslo-based company says it wants “people with a wide range of skills”.",
    )
    quote = quote_starting(quotes, "people with a wide")
    assert (quote["speaker"], quote["speaker_type"]) == ("Quillbyte", "organisation")


def test_no_body_after_an_office_a_possessive_or_a_telling_verb():
    for text, name in (
        ("the central bank Governor Peter Marsh said", "Governor Peter Marsh"),
        ("the club's Tom Reddle said", "Tom Reddle"),
        ("he told the club Tom Reddle would stay", "Tom Reddle"),
    ):
        assert body_named_after_noun(text, text.index(name), name, False) is None, text
    text = "housebuilder George Farrant said"
    assert body_named_after_noun(text, text.index("George"), "George Farrant", False) == ("George Farrant", "housebuilder")


def test_a_generic_noun_takes_any_kind_a_specific_one_only_its_own():
    assert is_kind_of("bookmaker", "firm")
    assert is_kind_of("club", "club")
    assert not is_kind_of("club", "union")


def test_a_name_that_reads_as_a_persons_is_a_body_after_a_noun_for_its_kind():
    _, quotes = quotes_of(
        "Shares rose at housebuilder Harold Denton and at lender Fairway.",
        "Denton said the market had been “very challenging” last year.",
    )
    quote = quote_starting(quotes, "very challenging")
    assert (quote["speaker"], quote["speaker_type"]) == ("Harold Denton", "organisation")
