"""A name that qualifies the noun after it ("GPRS capability", "English cricket") is no sentence subject to guess as a speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_after_a_name_qualifying_a_noun_has_no_guessed_speaker():
    _document, quotes = quotes_of(
        "Phones with WAP capability - an \"always online\" data link - will double by 2007.",
        "Two bodies in English cricket have started a \"fatigue review\" to see how bowlers cope.",
    )
    for text in ("always online", "fatigue review"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text


def test_a_longer_quotation_after_a_modifier_name_is_nobody_s_rather_than_the_names():
    _document, quotes = quotes_of(
        "Then a Ford delivery van rolled onto the stage, painted with the slogan \"cheapest loans for a generation\".",
    )
    (quote,) = quotes
    assert quote["speaker"] is None


def test_a_name_before_a_verb_or_after_a_cue_stays_the_guess():
    _document, quotes = quotes_of(
        "Snow Fox had \"no other choice\" but to ask their drummer to leave, a statement said.",
        "The Green Party would cut \"wasteful\" road spending.",
        "All Tories need do is stick to the script and repeat, a thousand times, \"Lower Taxes\".",
    )
    assert quote_starting(quotes, "no other choice")["kind"] == "direct"
    assert quote_starting(quotes, "wasteful")["speaker"] == "Green Party"
    assert quote_starting(quotes, "Lower Taxes")["kind"] == "direct"
