"""Headline quotations the lead reports by a verb of stance, or whose source only the lead's next sentence names."""

from tests.transforms.quotes.support import quotes_of_article


def headline_speaker(headline: str, *body: str) -> str | None:
    """The speaker of an article's first quotation, its headline's."""
    _document, quotes = quotes_of_article(headline, *body)
    return quotes[0]["speaker"]


def test_a_lead_closing_on_a_verb_of_stance_names_the_headline_quotations_speaker():
    assert headline_speaker(
        "Floods 'will not delay repairs'",
        "Money set aside for the flooded towns will not be taken from the roads budget, Prime Minister Tony Blair has promised.",
    ) == "Tony Blair"


def test_the_next_sentence_names_the_source_a_lead_reports_without_naming():
    assert headline_speaker(
        "Grocer 'set to sell bakery unit'",
        "Food group Greenline could unveil plans to sell its bakery unit, reports claim. Greenline will announce the sale with its results on Friday, the Sunday Telegraph reported.",
    ) == "Sunday Telegraph"


def test_the_next_sentence_names_the_person_a_lead_gives_only_a_role():
    assert headline_speaker(
        "UK 'needs true migration data'",
        "A former Home Office minister has called for an independent body to count migrants.",
        "Barbara Roche said an organisation should publish the figures.",
    ) == "Barbara Roche"


def test_a_later_cue_in_the_lead_keeps_its_earlier_clause_from_the_headline():
    assert headline_speaker(
        "Minister 'said he would stand down'",
        "Tony Blair promised Gordon Brown he would stand down before the election, a new book about the chancellor claims.",
        "But the prime minister changed his mind, according to the book.",
    ) is None


def test_a_next_sentence_that_reports_no_words_gives_the_headline_no_source():
    assert headline_speaker(
        "Euronext 'poised to make bid'",
        "Euronext is poised to launch a bid for the exchange, media reports say. Last week, the exchange rejected a proposal from a German rival.",
    ) is None


def test_a_lead_opening_with_a_named_subject_and_a_reporting_verb_names_the_headline_quotations_speaker():
    assert headline_speaker(
        "Singer attacks 'false magazines'",
        "Pop star Dana Lowe has attacked false and desperate magazines, questioning their honesty after they reported she was ill.",
    ) == "Dana Lowe"
