"""The owner of a speech noun is the speaker of a quotation in its clause past up to two modifiers of the noun,
hyphenated ones too (``cues.POSSESSED_WORDS``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_hyphenated_modifier_before_the_speech_noun_keeps_its_owner():
    _, quotes = quotes_of(
        "Dana Whitlow runs for mayor this year. Whitlow's oft-repeated claim that “hundreds” of jobs left the city "
        "last year is not borne out by the figures."
    )
    quote = quote_starting(quotes, "hundreds")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlow")


def test_two_modifiers_one_hyphenated():
    _, quotes = quotes_of(
        "Dana Whitlow runs for mayor this year. Whitlow's recent evidence-free assertion that “dozens” of shops "
        "closed has drawn criticism."
    )
    quote = quote_starting(quotes, "dozens")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlow")
