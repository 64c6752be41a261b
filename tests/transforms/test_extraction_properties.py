"""Property-based: on any text, extraction never raises and every row is its slice of the document."""

import polars as pl
from hypothesis import HealthCheck, given, settings, strategies as st

from expectations.derived import text_matches_document
from flows.extraction import extract_tables
from tests.conftest import documents_frame

# Pieces of news text (quotes, numbers, datelines, boilerplate) mixed with arbitrary characters.
NEWS_PIECES = [
    "“We will win,” said Jane Doe.", "\"No,\" he said.", "About 2,389 children", "more than 7,000 people", "$4.5bn",
    "12%", "three million", "KYIV, Ukraine — ", "Follow us on X", "Other Topics of Interest", "\n", "\n\n", "\r", "\r\n",
    " ", "‘", "’", "”", "“", "1", "0.5", "-", "—", "٣", "１２", "\u200d", "\u00a0",
]
news_text = st.lists(st.sampled_from(NEWS_PIECES) | st.text(max_size=8), min_size=1, max_size=60).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(news_text, min_size=1, max_size=3))
def test_extraction_never_raises_and_offsets_hold(texts):
    documents = documents_frame(*texts)
    extracted = extract_tables(documents)
    for table, frame in extracted.frames.items():
        if frame.is_empty():
            continue
        checked = text_matches_document(frame, documents)
        assert checked["text_matches_document"].all(), (table, checked.filter(~pl.col("text_matches_document")).head(3))
