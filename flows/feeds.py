"""Feed runs: read each feed, fetch the pages of entries not fetched before, store them.

A feed is a URL (fetched conditionally on the ETag and Last-Modified its last
fetch returned, so an unchanged feed costs a 304) or a file. Each entry's page is
fetched once: a page fetched by an earlier run is not requested again, so a
second run fetches only new items. A fetched page is stored in the warehouse's
page store (``fetched/<warehouse name>/<host>/<sha256 of the URL>.html`` beside
it) with the entry as its sidecar (``.meta.json``): the run then reads it as any
page, the feed's title, date, author and link winning over the page's own, and
keeps its bytes in ``document_originals``. Every request is a ``fetches`` row;
one that failed says why, and the run goes on.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl

from flows.fetch import FAILED, FETCHED, Fetched, Fetcher
from flows.inputs import BadInput, read_input
from flows.settings import settings
from transforms.ingest import context
from transforms.ingest.feeds import FeedError, read_feed
from warehouse import io

FETCHES = {
    "url": pl.String, "kind": pl.String, "feed_url": pl.String, "outcome": pl.String, "http_status": pl.Int32,
    "reason": pl.String, "etag": pl.String, "last_modified": pl.String, "path": pl.String, "entry": pl.String,
    "byte_size": pl.Int64, "fetched_at": pl.Datetime("us", "UTC"), "run_id": pl.String,
}


@dataclass
class FeedPages:
    paths: list[str]  # stored pages fetched in this run, to ingest
    fetches: pl.DataFrame  # FETCHES rows


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def page_store(db: Path) -> Path:
    """Where a warehouse's fetched pages are kept: ``fetched/<warehouse name>/`` beside it."""
    return db.parent / "fetched" / db.stem


def store_page(store: Path, url: str, content: bytes, entry: dict) -> Path:
    """Write a fetched page and its entry's context as its sidecar; the page's path."""
    folder = store / (urlsplit(url).hostname or "unknown-host")
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(url.encode()).hexdigest()[:24]
    (folder / f"{name}.meta.json").write_text(json.dumps({k: v for k, v in entry.items() if v is not None}, ensure_ascii=False), encoding="utf-8")
    page = folder / f"{name}.html"
    page.write_bytes(content)
    return page


def fetch_feeds(feeds: list[str], db: Path, run_id: str) -> FeedPages:
    """Fetch ``feeds`` and their new pages; nothing raised for a feed or page that fails."""
    state = io.fetch_state(db)
    rows: list[dict] = []
    paths: list[str] = []
    requested: set[str] = set()

    def record(kind: str, got: Fetched, feed_url: str | None = None, path: Path | None = None, entry: dict | None = None) -> None:
        rows.append({
            "url": got.url, "kind": kind, "feed_url": feed_url, "outcome": got.outcome, "http_status": got.status,
            "reason": got.reason, "etag": got.etag, "last_modified": got.last_modified, "path": str(path) if path else None,
            "entry": json.dumps(entry, ensure_ascii=False) if entry else None,
            "byte_size": len(got.content) if got.content is not None else None,
            "fetched_at": datetime.now(timezone.utc), "run_id": run_id,
        })

    with Fetcher(settings.user_agent, settings.fetch_timeout_seconds, settings.fetch_host_interval_seconds, settings.max_file_bytes) as fetcher:
        for feed in feeds:
            got = _read_feed_source(feed, fetcher, state.feed_validators.get(feed))
            if got.outcome != FETCHED:
                record("feed", got)
                continue
            try:
                entries = read_feed(got.content, feed if is_url(feed) else None).entries
            except FeedError as error:
                record("feed", got._replace(outcome=FAILED, reason=str(error)))
                continue
            record("feed", got)
            for entry in entries:
                if entry.link in state.fetched_pages or entry.link in requested:
                    continue
                requested.add(entry.link)
                given = {field: entry.context.get(field) for field in context.FIELDS}
                page = fetcher.get(entry.link)
                stored = store_page(page_store(db), entry.link, page.content, given) if page.outcome == FETCHED else None
                record("page", page, feed, stored, given)
                if stored is not None:
                    paths.append(str(stored))
    return FeedPages(paths, pl.DataFrame(rows, schema=FETCHES))


def _read_feed_source(feed: str, fetcher: Fetcher, validators: tuple[str | None, str | None] | None) -> Fetched:
    """A feed URL fetched (conditionally) or a feed file read."""
    if is_url(feed):
        etag, last_modified = validators or (None, None)
        return fetcher.get(feed, etag, last_modified)
    try:
        return Fetched(feed, FETCHED, content=read_input(Path(feed)))
    except BadInput as bad:
        return Fetched(feed, FAILED, reason=bad.reason)
