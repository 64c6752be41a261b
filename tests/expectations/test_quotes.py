"""The quotes suite's own helper: a speaker mention's words are the document's words at its offsets."""

import polars as pl

from expectations.quotes import mention_matches
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
