"""The quotes suite's own helpers: a speaker mention's words are the document's words at its offsets; a scare quote has no speaker."""

import polars as pl

from expectations.quotes import has_no_speaker_if_scare, mention_matches
from tests.conftest import documents_frame


def test_a_speaker_mention_must_be_the_documents_words_at_its_offsets():
    documents = documents_frame("“Aid arrives,” said Jane Doe.")
    rows = pl.DataFrame({
        "document_id": ["doc0", "doc0", "doc0", "doc0"],
        "speaker_mention_start": [20, 20, None, None],
        "speaker_mention_end": [28, 28, None, None],
        "speaker_mention": ["Jane Doe", "Jane", None, "Jane Doe"],
    })
    assert mention_matches(rows, documents).to_list() == [True, False, True, False]


def test_a_scare_quote_may_carry_no_speaker_nor_a_speaker_type():
    rows = pl.DataFrame({
        "kind": ["scare", "scare", "direct", "direct"],
        "speaker": [None, None, None, "Jane Doe"],
        "speaker_type": [None, "unknown", "unknown", "person"],
        "speaker_mention_start": [None, None, None, 20],
        "cue": [None, None, None, "said"],
    })
    assert has_no_speaker_if_scare(rows).to_list() == [True, False, True, True]
