""""It" opening its sentence after a sentence whose subject is an organisation is that organisation."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_it_after_the_committees_sentence_is_the_committee_not_the_agency_named_most():
    _, quotes = quotes_of(
        "The Child Support Agency should be scrapped, the Commons work and pensions committee has said.",
        "The Child Support Agency has a backlog. The Child Support Agency blamed its computer system.",
        "The committee said the National Audit Office should investigate. It blamed the agency's management for a “multitude of problems” within it.",
    )
    assert quote_starting(quotes, "multitude")["speaker"] == "Commons work and pensions committee"


def test_it_before_a_modal_verb_without_a_cue_is_no_speaker():
    _, quotes = quotes_of(
        "The film will be shown at the festival, the BBC said.",
        "It will also touch upon his arrest in 1998 for “lewd behaviour” in a park.",
    )
    assert quote_starting(quotes, "lewd")["speaker"] is None


def test_it_is_the_body_a_conjunction_and_a_lower_case_determiner_open_the_sentence_before_with():
    _, quotes = quotes_of(
        "Hundreds of councils are not ready for the new data rules, say MPs.",
        "But a cross-party committee said it was worried. It blamed the Home Office for a “muddled approach”.",
    )
    quote = quote_starting(quotes, "muddled approach")
    assert (quote["speaker"], quote["speaker_type"]) == ("cross-party committee", "organisation")
