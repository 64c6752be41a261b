"""What a document says about itself beyond its text: title, date, URL, outlet, author, language.

Each input format gathers these fields its own way (a record's columns, a feed
entry, a page's metadata, a text file's sidecar); this module cleans them and
merges them, in this order:

1. Text fields are stripped and their runs of whitespace joined; empty is null.
2. The publication date is read by ``dates.parse_published`` (UTC, with its precision);
   one that cannot be read is null, with the reason kept for a file warning.
3. A URL is kept as given (stripped): the documents suite checks it is well formed.
4. The language is a lower-case tag (``en``, ``en-gb``).
5. Context from outside the content (a sidecar, a feed entry, a record) wins over
   what a page says about itself; the outlet falls back to the URL's host
   (without ``www.``).
"""

import json
import re
from typing import NamedTuple
from urllib.parse import urlsplit

import polars as pl

from transforms.ingest.dates import parse_published

FIELDS = ("title", "published_at", "url", "outlet", "author", "language")
# The documents columns this module fills (``published_precision`` comes with ``published_at``).
COLUMNS = {
    "title": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "published_precision": pl.String,
    "url": pl.String,
    "outlet": pl.String,
    "author": pl.String,
    "language": pl.String,
}
WHITESPACE = re.compile(r"\s+")
LANGUAGE_SEPARATOR = re.compile(r"[_\s]+")


class Context(NamedTuple):
    """A document's context columns, plus why a given date could not be read."""

    values: dict
    date_problem: str | None = None


def clean_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):  # several authors
        value = ", ".join(str(part) for part in value if part is not None and str(part).strip())
    text = WHITESPACE.sub(" ", str(value)).strip()
    return text or None


def language_tag(value) -> str | None:
    text = clean_text(value)
    return LANGUAGE_SEPARATOR.sub("-", text).lower() if text else None


def host_outlet(url: str | None) -> str | None:
    """``https://www.example.org/a`` -> ``example.org``; None for no URL or no host."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def build(given: dict, extracted: dict | None = None) -> Context:
    """Clean context fields; ``given`` (from outside the content) wins over ``extracted``.

    ``extracted`` may carry ``published_at`` already read (a ``dates.Published``).
    """
    extracted = extracted or {}
    values: dict = {field: None for field in COLUMNS}
    for field in ("title", "url", "outlet", "author"):
        values[field] = clean_text(given.get(field)) or clean_text(extracted.get(field))
    values["language"] = language_tag(given.get("language")) or language_tag(extracted.get("language"))
    problem = None
    raw_date = given.get("published_at")
    published = parse_published(raw_date)
    if published is None and clean_text(raw_date) is not None:
        problem = f"published_at {str(raw_date)[:60]!r} is not a date"
    if published is None:
        published = extracted.get("published_at")
    if published is not None:
        values["published_at"], values["published_precision"] = published.at, published.precision
    values["outlet"] = values["outlet"] or host_outlet(values["url"])
    return Context(values, problem)


def canonical(fields: dict) -> str:
    """The fields as one canonical JSON string (sorted keys, dates as ISO text): hashed into ids."""
    return json.dumps({key: value for key, value in fields.items() if value is not None}, sort_keys=True, default=str, ensure_ascii=False)
