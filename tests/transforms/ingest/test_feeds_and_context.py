"""Feed entries and the context columns they give."""

import pytest

from tests.conftest import EXAMPLES
from transforms.ingest.context import build, host_outlet, language_tag
from transforms.ingest.feeds import FeedError, read_feed


def test_feed_entries_carry_the_feeds_name_language_and_their_dates_as_written():
    feed = read_feed((EXAMPLES / "feed" / "feed.xml").read_bytes().replace(b"{base}", b"http://127.0.0.1:9"))
    assert feed.title == "Estuary Weekly" and len(feed.entries) == 4
    first = feed.entries[0]
    assert first.link == "http://127.0.0.1:9/pages/lifeboat-rescue.html"
    assert first.context["published_at"] == "Mon, 02 Nov 2026 15:20:00 +0000"
    assert (first.context["outlet"], first.context["language"]) == ("Estuary Weekly", "en-gb")


def test_what_is_no_feed_is_a_feed_error():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        read_feed(b"<html><body>hello</body></html>")


def test_outlet_falls_back_to_the_urls_host_and_an_unreadable_date_is_reported():
    built = build({"url": " https://www.valleypost.example/a ", "published_at": "next week", "title": "  Two\n words "})
    assert built.values["outlet"] == "valleypost.example" and built.values["title"] == "Two words"
    assert built.values["published_at"] is None and built.date_problem == "published_at 'next week' is not a date"
    assert host_outlet("not a url") is None and language_tag("en_GB") == "en-gb"
