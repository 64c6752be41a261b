"""A short term a participle of labelling gives the thing right before it ("items labelled “…”") is scare, even
in reported speech and with an agent; a subject that labels in its own words keeps them."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_label_on_things_in_reported_speech_is_scare():
    _, quotes = quotes_of('Shoppers will pay more for jars labelled "Made in Wales," the survey by Ty Evans found.')
    assert quote_starting(quotes, "Made in Wales")["kind"] == "scare"


def test_a_rating_after_a_pronoun_object_is_scare():
    _, quotes = quotes_of('The ministry said 300 files were withheld, most of them rated "restricted," the lowest grade.')
    assert quote_starting(quotes, "restricted")["kind"] == "scare"


def test_a_label_with_its_agent_after_it_is_still_a_label():
    _, quotes = quotes_of('Reports from Ada Kell were among papers recently marked "secret" by the ministry, officials said.')
    assert quote_starting(quotes, "secret")["kind"] == "scare"


def test_people_labelling_in_their_own_words_keep_them():
    _, quotes = quotes_of('Opposition critics labelled "a disgrace" the plan Ms Kell had signed, Mr Lund said.')
    assert quote_starting(quotes, "a disgrace")["kind"] == "direct"
