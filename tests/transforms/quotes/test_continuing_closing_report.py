"""A quotation inside a sentence no one says, first of its paragraph to quote, goes on with the speech the sentence
right before reports (``continuing_report.continues_closing_report``), but not past a subject of its own that thinks
or finds, nor for a short term qualifying the noun after it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_partial_quote_after_a_closing_reporting_clause_goes_on_with_its_speaker():
    _, quotes = quotes_of(
        "“It is a slow change,” said Dana Whitlow, a lecturer at Ashford College.",
        "Rumours now travel faster than corrections, she said. Careful checking can still win out, but mostly when "
        "“the correction is louder than the rumour.”",
    )
    assert quote_starting(quotes, "the correction")["speaker"] == "Dana Whitlow"
    assert quote_starting(quotes, "the correction")["kind"] == "direct"


def test_a_short_partial_quote_after_a_named_report_is_that_speakers():
    _, quotes = quotes_of(
        "Eastern members of the bloc will grow by 4.1%, the Northern Trade Council said. By contrast, the older members "
        "will see a “sluggish” year, with growth of only 1.2%."
    )
    assert quote_starting(quotes, "sluggish")["speaker"] == "Northern Trade Council"


def test_a_sentence_whose_own_subject_finds_the_words_does_not_go_on_with_the_report():
    _, quotes = quotes_of(
        "The ministry will publish its plans in May, it said. A survey of 90 teachers found the current rules "
        "“unworkable and in need of repair”."
    )
    assert quote_starting(quotes, "unworkable")["speaker"] is None


def test_a_short_term_qualifying_the_noun_after_it_stays_unsaid():
    _, quotes = quotes_of(
        "Sales of tablets will double next year, analyst Priya Sandhu said. Handsets with fast links - a "
        "“never off” data plan - will reach half the market."
    )
    assert quote_starting(quotes, "never off")["kind"] == "scare"
