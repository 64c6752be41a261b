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
