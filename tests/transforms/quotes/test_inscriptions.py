"""Words written on a thing someone wears or carries are scare, even where the wearer is named; a person's words
after such a noun in another role stay direct."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_words_on_a_hat_its_wearer_is_named_beside_are_scare():
    _, quotes = quotes_of('Senator Jo Hart wore a campaign hat reading, "Keep The Mill Open." "We will win," she said.')
    assert quote_starting(quotes, "Keep The Mill")["kind"] == "scare"
    assert quote_starting(quotes, "Keep The Mill")["speaker"] is None
    assert quote_starting(quotes, "We will win")["kind"] == "direct"


def test_a_relative_clause_or_a_named_slogan_before_the_words_still_gives_them_to_the_thing():
    _, quotes = quotes_of('Protesters carried banners that said "No more cuts" and wore T-shirts bearing the slogan "Hands off".')
    assert [quote["kind"] for quote in quotes] == ["scare", "scare"]


def test_a_noun_that_is_no_thing_before_a_reporting_clause_keeps_the_words_direct():
    _, quotes = quotes_of('The sign of a good team, Ann Lee says, is "never giving up".')
    assert quote_starting(quotes, "never giving")["kind"] == "direct"


def test_a_dash_before_the_relative_clause_still_gives_the_words_to_the_sign():
    _, quotes = quotes_of('The senator held up the placard — which read "Farmers For Fenn" — and waved it.')
    assert quote_starting(quotes, "Farmers For")["kind"] == "scare"


def test_a_comma_and_a_gerund_after_a_sign_noun_stay_a_persons_words():
    _, quotes = quotes_of('Tom Reyes gave a thumbs-up sign, saying "we will be back next year."')
    assert quote_starting(quotes, "we will be back")["kind"] == "direct"
