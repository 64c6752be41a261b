"""A name right after a participle is its object, not the sentence's subject: "…, portraying Mexican immigrants as
“…”" is the subject's word for them (``sentence_subjects.PARTICIPLE_BEFORE``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_object_of_a_participle_is_no_speaker():
    _, quotes = quotes_of(
        "Tom Rake won the primary.",
        'The GOP nominee has staked much of his campaign on immigration, portraying Mexican immigrants as "rapists" and '
        "criminals.",
    )
    assert quote_starting(quotes, "rapists")["speaker"] == "Tom Rake"


def test_a_pronoun_after_a_participle_of_saying_is_a_clauses_subject():
    _, quotes = quotes_of(
        'Reuters said the year had begun well, adding it expected "further gradual improvement" in the second quarter.',
    )
    assert quote_starting(quotes, "further gradual")["kind"] == "direct"
