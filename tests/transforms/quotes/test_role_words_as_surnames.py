"""Role words that are also family names written first ("Fan", "Wing") stay part of a two-word name; an
unnamed commenter is a role."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_fan_before_one_more_word_is_a_surname():
    _, quotes = quotes_of(
        'Fan Lihua, deputy head of the county health office, said the outbreak was "small and contained".',
    )
    quote = quote_starting(quotes, "small and")
    assert quote["speaker"] == "Fan Lihua"


def test_one_commenter_is_a_role():
    _, quotes = quotes_of('"Nobody told us anything," one forum commenter said.')
    quote = quote_starting(quotes, "Nobody told")
    assert (quote["speaker"], quote["speaker_type"]) == ("forum commenter", "role")
