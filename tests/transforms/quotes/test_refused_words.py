"""Words someone does not say or refuses to say ("for not using the term “…”") are scare even in reported speech;
words someone used stay that person's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_words_a_person_is_blamed_for_not_using_are_scare():
    _, quotes = quotes_of('Ola Brandt and Kim Vesey have attacked the mayor for not using the phrase "housing emergency."')
    assert quote_starting(quotes, "housing emergency")["kind"] == "scare"
    assert quote_starting(quotes, "housing emergency")["speaker"] is None


def test_words_refused_in_a_reported_clause_are_scare():
    _, quotes = quotes_of('Ms Varga said that by refusing to say the words "rate rise," the bank was "misleading savers."')
    assert quote_starting(quotes, "rate rise")["kind"] == "scare"
    assert quote_starting(quotes, "misleading savers")["kind"] == "direct"


def test_a_promise_to_refrain_from_using_a_phrase_is_scare():
    _, quotes = quotes_of('Dana Moor promised on Monday to refrain from using the term "benefit tourists" again.')
    assert quote_starting(quotes, "benefit tourists")["kind"] == "scare"


def test_words_a_person_has_used_stay_theirs():
    _, quotes = quotes_of('Ms Varga said the minister has used the phrase "managed decline" often.')
    assert quote_starting(quotes, "managed decline")["kind"] == "direct"
