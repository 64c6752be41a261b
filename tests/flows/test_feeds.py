"""Feed runs against a local HTTP server on 127.0.0.1 (a thread of the test): conditional
requests, pages fetched once, robots.txt, and failures recorded as rows, never a failed run."""

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows import settings as settings_module
from tests.conftest import PROJECT_ROOT
from tests.test_incremental import rows

FEED_SITE = PROJECT_ROOT / "data" / "examples" / "feed"
ETAG_PREFIX = "feed-v"


class Site:
    """What the server serves: the example feed (with or without its new item) and its pages."""

    def __init__(self):
        self.version = 1
        self.requests: Counter = Counter()
        self.base = ""

    def feed(self) -> bytes:
        xml = (FEED_SITE / "feed.xml").read_text(encoding="utf-8")
        if self.version > 1:
            xml = xml.replace("</channel>", (FEED_SITE / "new-item.xml").read_text(encoding="utf-8") + "</channel>")
        return xml.replace("{base}", self.base).encode()


def handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server protocol
            site.requests[self.path] += 1
            assert "wirehouse" in self.headers.get("User-Agent", "")
            if self.path == "/feed.xml":
                etag = f'"{ETAG_PREFIX}{site.version}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._reply(304, b"", etag)
                return self._reply(200, site.feed(), etag, "application/rss+xml")
            file = FEED_SITE / self.path.lstrip("/")
            if self.path in ("/robots.txt",) or (self.path.startswith("/pages/") and file.is_file()):
                return self._reply(200, file.read_bytes(), None, "text/html")
            return self._reply(404, b"not here")

        def _reply(self, status, body, etag=None, content_type="text/plain"):
            self.send_response(status)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def site():
    served = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(served))
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port():
    """A loopback port nothing listens on: a host that is down."""
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def feed_run(db, *feeds) -> dict:
    from flows.pipeline import news_pipeline

    return news_pipeline(paths=[], feeds=list(feeds), db=str(db))


def test_a_scheduled_feed_fetches_only_new_items_and_a_failing_host_is_rows(site, closed_port, tmp_path, monkeypatch):
    monkeypatch.setattr(settings_module.settings, "fetch_host_interval_seconds", 0.01)
    monkeypatch.setattr(settings_module.settings, "fetch_timeout_seconds", 5.0)
    db = tmp_path / "feeds.duckdb"
    feed, down = f"{site.base}/feed.xml", f"http://127.0.0.1:{closed_port}/feed.xml"

    first = feed_run(db, feed, down)
    assert first["status"] == "completed" and first["documents_rows"] == 2
    assert first["fetches"] == {"disallowed": 1, "failed": 2, "fetched": 3}  # for the summary line
    outcomes = dict(rows(db, f"select replace(url, '{site.base}', ''), outcome || coalesce(': ' || reason, '') from fetches"))
    assert outcomes["/pages/lifeboat-rescue.html"] == outcomes["/pages/market-hall.html"] == "fetched"
    assert outcomes["/private/budget.html"] == "disallowed: robots.txt disallows it"
    assert outcomes["/pages/missing.html"] == "failed: HTTP 404 Not Found"
    assert outcomes["/feed.xml"] == "fetched"
    assert outcomes[down].startswith("failed: host unreachable: ConnectError")
    documents = rows(db, "select title, outlet, published_at::varchar, published_precision, language, input_format from documents order by published_at")
    assert documents[0] == ("Lifeboat crew saves two kayakers off Stillwater Point", "Estuary Weekly", "2026-11-02 15:20:00+00", "second", "en-gb", "html")
    assert rows(db, "select count(*) from document_originals") == [(2,)]
    assert rows(db, "select count(*) from quotes where speaker = 'Jonah Pryce'") == [(2,)]

    site.version = 2  # the feed gains an item: a new ETag
    second = feed_run(db, feed, down)
    assert second["status"] == "completed" and second["documents_rows"] == 1
    assert site.requests["/pages/robotics-prize.html"] == 1
    assert site.requests["/pages/lifeboat-rescue.html"] == site.requests["/pages/market-hall.html"] == 1  # not fetched again

    third = feed_run(db, feed, down)  # unchanged: the conditional request gets a 304
    assert third["status"] == "up_to_date" and third["documents_rows"] == 0
    assert third["fetches"] == {"failed": 1, "not_modified": 1}
    assert rows(db, f"select outcome, http_status from fetches where url = '{feed}' order by fetched_at") == [
        ("fetched", 200), ("fetched", 200), ("not_modified", 304),
    ]
    assert site.requests["/feed.xml"] == 3 and site.requests["/robots.txt"] == 3  # robots.txt once per run
