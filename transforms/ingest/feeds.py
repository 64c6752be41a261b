"""RSS and Atom feeds (feedparser): the feed's name and language, and its entries' links and context.

An entry's published date is kept as the feed wrote it (``published``, else
``updated``), so ``dates.parse_published`` reads its precision; the outlet is the
feed's title. An entry without a link names no page and is left out.
"""

from typing import NamedTuple


class FeedError(ValueError):
    """The bytes are no feed feedparser can read."""


class Entry(NamedTuple):
    link: str
    context: dict  # context fields given by the feed (see ``context.build``)


class Feed(NamedTuple):
    title: str | None
    entries: list[Entry]


def read_feed(raw: bytes, feed_url: str | None = None) -> Feed:
    """The entries of a feed document; ``FeedError`` when it holds no feed."""
    import feedparser  # only feed runs pay for its import

    parsed = feedparser.parse(raw, response_headers={"content-location": feed_url} if feed_url else None)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        cause = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed ({str(cause).splitlines()[0][:100] if cause else 'no entries'})")
    title = parsed.feed.get("title") or None
    language = parsed.feed.get("language") or None
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        context = {
            "title": item.get("title"),
            "published_at": item.get("published") or item.get("updated"),
            "url": link,
            "outlet": title,
            "author": item.get("author"),
            "language": language,
        }
        entries.append(Entry(link, context))
    return Feed(title, entries)
