"""Web pages: the article's text and what the page says about itself.

trafilatura finds the main text (``favor_precision``: navigation, teasers and
comment threads stay out) and the page's metadata: headline, author, canonical
URL and site name; its date is htmldate's (the original publication date, never
after today). htmldate gives a day; the page's own declared timestamp
(``article:published_time``, ``datePublished`` in JSON-LD or microdata, a
``<time pubdate>``) adds the time of day when it falls on that same day, so the
precision is the page's. The language is the page's ``lang`` (or its
``content-language`` / ``og:locale``).

A ``.html.gz`` page is decompressed here (the bytes are the file's).
"""

import re
import zlib
from typing import NamedTuple

from transforms.ingest.dates import DAY, ISO, Published, parse_published

GZIP_MAGIC = b"\x1f\x8b"
DECLARED_TIMESTAMPS = (
    "//meta[@property='article:published_time' or @property='og:article:published_time' "
    "or @name='article:published_time' or @itemprop='datePublished' or @name='pubdate' "
    "or @name='publishdate' or @name='publish-date' or @name='parsely-pub-date' "
    "or @name='sailthru.date' or @name='dc.date.issued' or @name='DC.date.issued']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //time[@pubdate]/@datetime"
)
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
LANGUAGES = "/html/@lang | //meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content | //meta[@property='og:locale']/@content"


class Page(NamedTuple):
    text: str | None  # the article's text; None when the page has none
    html_bytes: int  # size of the page's HTML (decompressed)
    fields: dict  # context fields (see ``context.build``); published_at is a ``Published``
    reason: str  # why there is no text


def gunzip(raw: bytes, limit: int) -> bytes:
    """A gzip stream's content, refused (ValueError) past ``limit`` bytes: no decompression bomb."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    content = inflater.decompress(raw, limit + 1)
    if len(content) > limit or inflater.unconsumed_tail:
        raise ValueError(f"decompressed page larger than {limit:,} bytes")
    return content


def read_page(raw: bytes, limit: int) -> Page:
    """Extract ``raw`` (HTML bytes, or gzipped HTML); the reason says why a page gave no text."""
    from trafilatura import bare_extraction  # imported by the first page: a run of text files never pays for it
    from trafilatura.utils import load_html

    try:
        html = gunzip(raw, limit) if raw.startswith(GZIP_MAGIC) else raw
    except (ValueError, zlib.error, EOFError) as error:
        return Page(None, len(raw), {}, f"not a readable gzip file ({error})")
    tree = load_html(html) if html.strip() else None
    if tree is None:
        return Page(None, len(html), {}, "no HTML (empty or unparseable page)")
    declared = [str(value) for value in tree.xpath(DECLARED_TIMESTAMPS)]
    declared += JSON_LD_PUBLISHED.findall(" ".join(tree.xpath("//script[@type='application/ld+json']/text()")))
    languages = [str(value) for value in tree.xpath(LANGUAGES) if str(value).strip()]
    extracted = bare_extraction(tree, with_metadata=True, favor_precision=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        return Page(None, len(html), {}, "no article text found in the page")
    fields = {
        "title": extracted.title,
        "url": extracted.url,
        "outlet": extracted.sitename,
        "author": extracted.author,
        "language": languages[0] if languages else None,
        "published_at": published(extracted.date, declared),
    }
    return Page(extracted.text, len(html), fields, "")


def published(day: str | None, declared: list[str]) -> Published | None:
    """htmldate's day, to the minute or second when a declared timestamp falls on that day (its own time zone)."""
    if not day:
        return None
    for value in declared:
        match = ISO.match(value.strip())
        if not match or match.group(4) is None:
            continue
        year, month, date_of_month = (int(part) for part in match.groups()[:3])
        if f"{year:04d}-{month:02d}-{date_of_month:02d}" == day:
            timestamp = parse_published(value)
            if timestamp is not None:
                return timestamp
    at = parse_published(day)
    return Published(at.at, DAY) if at else None
