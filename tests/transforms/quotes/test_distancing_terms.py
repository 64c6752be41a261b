"""A short quoted noun phrase after an article, in a clause that reports no one, is the writer's term: scare, no
speaker. A clause of speech, judgement or thought, a characterisation by "as", a possessive, a report before or
after, or a lone word qualifying what follows keeps the words someone's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_after_an_article_in_a_clause_reporting_no_one_is_scare():
    _document, quotes = quotes_of(
        "As the plant opened on Monday, Jo Hart became the first minister to buy a \"carbon credit\" on the exchange.",
        "Instead, Acme sold its stake and gave Bolt a \"call option\" to buy the rest in 2009.",
        "The council is building a \"dry dock\" at the old harbour.",
    )
    for text in ("carbon credit", "call option", "dry dock"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text


def test_words_a_clause_reports_or_judges_stay_direct():
    _document, quotes = quotes_of(
        "Jo Hart condemned the \"utter folly\" of the plan.",
        "Ann Lee heralded the accord as a \"turning point\".",
        "Tom Reid sent the winners his \"warmest wishes\".",
        "The firm was caught running a \"ghost payroll\", a tribunal has heard.",
        "The plan would cut waste, a spokesman said. Its aim was to give councils a \"middle way\" on fines.",
    )
    for text in ("utter folly", "turning point", "warmest wishes", "ghost payroll", "middle way"):
        assert quote_starting(quotes, text)["kind"] == "direct", text
    assert quote_starting(quotes, "utter folly")["speaker"] == "Jo Hart"


def test_a_lone_word_qualifying_what_follows_stays_direct():
    _document, quotes = quotes_of("Somewhere in there, Jo Hart tossed in a \"crooked\" Tom Reid.")
    (quote,) = quotes
    assert quote["kind"] == "direct"


def test_a_term_after_other_is_scare_even_after_a_reporting_clause_before_it():
    _document, quotes = quotes_of(
        "\u201cOn the first day of winter the presents came in,\u201d says the film's narrator, going on to list a string of other \u201cpresents.\u201d",
        "The group is working to free the two writers as well as other \"net-prisoners\".",
    )
    for text in ("presents.", "net-prisoners"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text
    assert quote_starting(quotes, "On the first day")["kind"] == "direct"


def test_each_other_opens_no_term():
    _document, quotes = quotes_of("Jo Hart said the two men knew each other \"casually\" from the gym.")
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "Jo Hart")
