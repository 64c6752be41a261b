"""A slogan of up to six words between a possessive and a campaign-like noun names the owner's campaign: a scare quote."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_four_word_slogan_before_campaign_after_a_possessive_is_a_name():
    _, quotes = quotes_of('Zenco said sales rose.', 'Zenco\'s "Eat more green food" campaign was aimed at schools.')
    quote = quote_starting(quotes, "Eat more")
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_a_clause_ending_in_a_full_stop_is_still_words():
    _, quotes = quotes_of('Zenco\'s chief said "We will eat more green food." Campaign groups agreed.')
    quote = quote_starting(quotes, "We will")
    assert quote["kind"] == "direct"
