"""A short term whose only speaker is a country guessed without a cue is scare (the country is no speaker)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_a_country_is_only_guessed_to_say_is_scare():
    _document, quotes = quotes_of(
        "Rumours grew after a speech on Norway plans to fight hunger with a new \"Green Deal\" for farmers.",
        "As part of the loan deal, Chile has signed a \"letter of intent\" promising reforms to its pensions.",
    )
    for text in ("Green Deal", "letter of intent"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text


def test_a_country_whose_cue_the_scan_missed_keeps_the_words_direct():
    _document, quotes = quotes_of(
        "Even Norway, the island's oldest trading partner and its main lender, said it was \"firmly opposed\" to the plan.",
    )
    (quote,) = quotes
    assert quote["kind"] == "direct"
