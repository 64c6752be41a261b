"""A reporting clause closing a sentence after a comma, its subject before the cue, reports every quotation of that sentence."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_closing_report_past_a_later_quotation_names_the_speaker_of_the_first():
    _, quotes = quotes_of(
        'Ms Hale likes to talk up "record growth figures" to pretend there is no "funding gap" in the budget, Green leader Tom Ash said.'
    )
    assert quote_starting(quotes, "record")["speaker"] == "Tom Ash"
    assert quote_starting(quotes, "funding")["speaker"] == "Tom Ash"


def test_a_cue_with_a_clause_after_it_is_no_closing_report():
    _, quotes = quotes_of('Ms Hale likes to talk up "record growth", and "funding gaps" worry her, Tom Ash said that the plan was weak.')
    assert quote_starting(quotes, "record")["speaker"] != "Tom Ash"
