"""A sentence opened by "And" or "But" after a quotation that ended its own sentence, whose cue reports a clause of
its own, gives that quotation no speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_conjunction_opening_a_new_reported_sentence_gives_no_cue_to_the_quotation_before():
    _, quotes = quotes_of(
        'Party chairman Ann Lee said: "They cannot count. "The truth is, they have no plan. " '
        "And Treasury minister Tom Vale said the figures were wrong."
    )
    quote = quote_starting(quotes, "The truth is")
    assert quote["speaker"] == "Ann Lee"
