"""document_slices: code-point slices of documents' texts, the same for long documents (sliced in Python) as for short ones (polars)."""

import polars as pl
import pytest

from tests.conftest import documents_frame
from transforms.slices import LONG_DOCUMENT_BYTES, document_slices


@pytest.mark.parametrize("repeat", [1, LONG_DOCUMENT_BYTES // 40 + 1], ids=["short", "long"])
def test_slices_by_code_point_with_nulls_for_bad_offsets_and_missing_documents(repeat):
    text = "“Aid arrives,” said Jane Doe; 2,389 children. " * repeat
    documents = documents_frame(text)
    last = len(text) - 9
    rows = pl.DataFrame({
        "document_id": ["doc0", "doc0", "doc0", "doc0", "doc0", "doc0", "gone"],
        "from": [1, last, last + 5, 5, None, -1, 0],
        "to": [12, last + 8, last + 20, 3, 4, 4, 4],
    })
    slices = document_slices(rows, documents, "from", "to").to_list()
    assert slices == ["Aid arrives", text[last:last + 8], text[last + 5:], None, None, None, None]
