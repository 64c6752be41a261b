"""text_matches_document: the same verdicts for long documents (checked in Python) as for short ones (polars)."""

import polars as pl
import pytest

from expectations.derived import text_matches_document
from tests.conftest import documents_frame
from transforms.slices import LONG_DOCUMENT_BYTES


@pytest.mark.parametrize("repeat", [1, LONG_DOCUMENT_BYTES // 40 + 1], ids=["short", "long"])
def test_good_rows_pass_and_shifted_or_missing_rows_fail(repeat):
    text = "“Aid arrives,” said Jane Doe; 2,389 children. " * repeat
    documents = documents_frame(text)
    last = len(text) - 9
    rows = pl.DataFrame({
        "document_id": ["doc0", "doc0", "doc0", "doc0", "doc0", "gone"],
        "start_char": [1, last, last + 1, 5, None, 0],
        "end_char": [12, last + 8, last + 9, 3, 4, 4],
        "text": ["Aid arrives", text[last:last + 8], text[last:last + 8], "", "Aid", "x"],
    })
    verdicts = text_matches_document(rows, documents)["text_matches_document"].to_list()
    # A row of a missing document holds vacuously (its own rule reports the dangling key).
    assert verdicts == [True, True, False, False, False, True]
