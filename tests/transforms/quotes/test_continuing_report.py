"""A quotation no one in its own sentence says continues the speech a reporting clause named right before it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_partial_quote_after_a_reported_sentence_is_its_speakers():
    _, quotes = quotes_of(
        "In a speech, Mr Kendall said Iraq had become a “crucible of terror”. He wants to see a phased withdrawal "
        "“as soon as the situation allows”, he said in London. Any exit strategy must “augment and support” the "
        "democratic process.",
    )
    assert quote_starting(quotes, "augment and support")["speaker"] == "Kendall"


def test_a_sentence_with_its_own_cue_a_passive_or_a_colon_continues_no_report():
    _, quotes = quotes_of(
        "“We paid,” said Anton Weber, spokesman for the prosecutor. At the time, police said a “physical altercation” "
        "broke out. The Britons were detained as part of the “war on terror”.",
    )
    assert quote_starting(quotes, "physical altercation")["speaker"] != "Anton Weber"
    assert quote_starting(quotes, "war on terror")["speaker"] is None
    _, quotes = quotes_of(
        "“Who are they trying to kid?” said Mr Archer. The proposed question is: “Should the country approve the treaty?”",
    )
    assert quote_starting(quotes, "Should the country")["speaker"] is None


def test_a_guessed_speaker_is_continued_by_no_one():
    _, quotes = quotes_of(
        "The minister described the plan as “a scandal”. It would cost “billions” over ten years.",
    )
    assert quote_starting(quotes, "billions")["speaker"] is None


def test_a_country_guessed_as_the_subject_leaves_the_quote_to_the_speaker_before():
    _, quotes = quotes_of(
        "“Prices will stay high,” said Maria Lindqvist, an analyst at Northgate Partners. The deficit and the gap with "
        "Portugal “are serious problems for the year ahead”. Markets fell on Friday.",
    )
    assert quote_starting(quotes, "are serious problems")["speaker"] == "Maria Lindqvist"
