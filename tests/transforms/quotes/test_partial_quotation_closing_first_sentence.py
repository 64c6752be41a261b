"""A "he said" closing a paragraph's first sentence right after a partial quotation, with no person named before it,
goes on with the speaker quoted in the paragraph before, as a whole quotation there would
(``pronoun_antecedents.closes_unnamed_opening``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_partial_quotation_after_a_lead_phrase_goes_on_with_the_previous_speaker():
    _, quotes = quotes_of(
        "Tom Reyes thinks he can carry the county.",
        '"They lose if he wins here," said Dan Molloy, who edits a local newsletter.',
        'For now, the Reyes team is "doing all it can to hold on," he said.',
    )
    assert quote_starting(quotes, "doing all it can")["speaker"] == "Dan Molloy"


def test_a_person_named_before_the_partial_quotation_keeps_the_pronoun():
    _, quotes = quotes_of(
        "Tom Reyes thinks he can carry the county.",
        '"They lose if he wins here," said Dan Molloy, who edits a local newsletter.',
        'Reyes, for his part, is "doing all he can to hold on," he said.',
    )
    assert quote_starting(quotes, "doing all he can")["speaker"] != "Dan Molloy"


def test_a_paragraph_before_that_quotes_no_one_gives_no_speaker_to_go_on_with():
    _, quotes = quotes_of(
        "Tom Reyes thinks he can carry the county.",
        "Dan Molloy and Ann Pryce argued that the state can do the job alone.",
        'To doubt that, "you have to take a cynical view of the states," he said.',
    )
    assert quote_starting(quotes, "you have to take")["speaker"] != "Ann Pryce"
