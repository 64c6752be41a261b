"""Web pages: the article's text without the page around it, and what the page says about itself."""

import gzip

import polars as pl

from tests.conftest import EXAMPLES
from transforms.ingest import decode_documents
from transforms.ingest.html import gunzip, published, read_page

LIMIT = 10_000_000
HERALD = EXAMPLES / "pages" / "harbour-herald-ferry-strike.html"


def test_the_article_text_leaves_navigation_teasers_comments_and_footer_out():
    page = read_page(HERALD.read_bytes(), LIMIT)
    assert page.text.startswith("Ferry crews walk out over night shifts\nCrews on the Harbourton to Stillwater ferry stopped work")
    assert "Hannah Greaves" in page.text
    for boilerplate in ("Subscribe", "Most read", "Harbour Dad", "All rights reserved", "Sign up to our morning briefing"):
        assert boilerplate not in page.text


def test_the_page_metadata_with_the_declared_time_of_day():
    fields = read_page(HERALD.read_bytes(), LIMIT).fields
    assert fields["title"] == "Ferry crews walk out over night shifts"
    assert fields["outlet"] == "Harbour Herald" and fields["author"] == "Maya Okafor" and fields["language"] == "en-GB"
    assert fields["url"] == "https://www.harbourherald.example/news/2026/11/02/ferry-crews-walk-out"
    assert fields["published_at"].precision == "second" and fields["published_at"].at.isoformat() == "2026-11-02T07:45:00+00:00"


def test_a_declared_timestamp_adds_time_only_on_htmldates_day():
    assert published("2026-11-03", ["2026-11-03T18:20:00+01:00"]).precision == "second"
    assert published("2026-11-03", ["2026-11-04T01:20"]) == published("2026-11-03", [])  # another day: the day alone
    assert published("2026-11-03", []).precision == "day" and published(None, ["2026-11-03T10:00"]) is None


def test_a_gzipped_page_reads_as_the_page_and_a_bomb_is_refused():
    raw = HERALD.read_bytes()
    assert read_page(gzip.compress(raw), LIMIT).text == read_page(raw, LIMIT).text
    assert read_page(gzip.compress(b"<p>" + b"x" * 5000 + b"</p>"), 1000).reason.startswith("not a readable gzip file (decompressed page larger")
    assert gunzip(gzip.compress(b"abc"), 3) == b"abc"


def test_a_page_without_article_text_is_rejected_with_its_reason():
    decoded = decode_documents(pl.DataFrame(
        {"source_path": ["/in/empty.html"], "raw": [b"<html><head><title>Soon</title></head><body><script>var soon = 1;</script></body></html>"], "input_format": ["html"], "given": [None]}
    ))
    assert decoded.documents.is_empty() and decoded.rejected["reason"].to_list() == ["no article text found in the page"]


def test_given_context_wins_over_the_pages_own_and_the_original_bytes_are_kept():
    given = '{"outlet": "Estuary Weekly", "published_at": "2026-11-01"}'
    decoded = decode_documents(pl.DataFrame({"source_path": ["/in/a.html"], "raw": [HERALD.read_bytes()], "input_format": ["html"], "given": [given]}))
    row = decoded.documents.row(0, named=True)
    assert (row["outlet"], row["published_precision"], row["author"]) == ("Estuary Weekly", "day", "Maya Okafor")
    assert gzip.decompress(decoded.originals["content"][0]) == HERALD.read_bytes() and decoded.originals["given"][0] == given
