"""Words quoted as words: "coined the term “…”", "designated as “…”" are scare quotes."""

import pytest

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.classify import introduces_term


def test_a_quotation_named_as_a_term_or_a_phrase_is_scare():
    _document, quotes = quotes_of(
        "The industry has coined the term \"time-shifting\" to describe the trend.",
        "It appears that the minister has misunderstood the phrase \"value for money\".",
        "A poster showed the two men under the words \"Who can you trust?\" on a red background.",
    )
    assert [(quote["text"], quote["kind"], quote["speaker"]) for quote in quotes] == [
        ("time-shifting", "scare", None),
        ("value for money", "scare", None),
        ("Who can you trust?", "scare", None),
    ]


def test_a_passive_designation_is_scare():
    _document, quotes = quotes_of("The Child Support Agency is chasing £720m, while a further £947m has been designated as \"unrecoverable\".")
    assert (quotes[0]["kind"], quotes[0]["speaker"]) == ("scare", None)


@pytest.mark.parametrize(("before", "reported", "expected"), [
    ("coined the term ", False, True),
    ("has used the phrase ", False, False),  # the subject is reported saying the words
    ("refused to say the words ", False, True),
    ("he said the term ", True, False),
])
def test_a_term_word_gives_way_to_a_speaker_using_it(before, reported, expected):
    assert introduces_term(before, reported) is expected
