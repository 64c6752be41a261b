"""A cue-less whole-sentence quotation after a sentence of its own paragraph whose subject is a person by name
goes to that person, even when the paragraph before quoted someone else; a pronoun subject does not displace
the previous speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_named_subject_of_own_paragraph_beats_previous_speaker():
    _, quotes = quotes_of(
        "The space agency set out its launch plans on Tuesday.",
        "Agency chief Mara Quist spoke to the committee first.",
        '"We will be ready in the spring," said Olan Petrie, a former engineer.',
        'Quist expects to build three boosters by 2026. "A fourth would be very hard."',
    )
    quote = quote_starting(quotes, "A fourth")
    assert quote["speaker"] == "Mara Quist"


def test_pronoun_subject_keeps_previous_speaker():
    _, quotes = quotes_of(
        "The space agency set out its launch plans on Tuesday.",
        '"We will be ready in the spring," said Olan Petrie, a former engineer.',
        'He expects to build three boosters by 2026. "A fourth would be very hard."',
    )
    quote = quote_starting(quotes, "A fourth")
    assert quote["speaker"] == "Olan Petrie"
