"""Polite fetching against a local HTTP server on 127.0.0.1: the User-Agent, timeouts, the pause
between requests to one host, robots.txt, conditional requests, and the byte bound, each a
``Fetched`` with its outcome and reason, never an exception."""

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows.fetch import DISALLOWED, FAILED, FETCHED, NOT_MODIFIED, Fetcher

AGENT = "wirehouse-test/1.0 (polite fetching)"
LAST_MODIFIED = formatdate(1_793_000_000, usegmt=True)
ROBOTS = b"User-agent: wirehouse-test\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n"


class Server:
    """Routes by path: (status, body, headers) or a callable of the request handler; every request is logged."""

    def __init__(self, routes: dict):
        self.routes = routes
        self.requests: list[tuple[str, dict, float]] = []  # (path, headers, monotonic time)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server protocol
                server.requests.append((self.path, dict(self.headers), time.monotonic()))
                route = server.routes.get(self.path, (404, b"not here", {}))
                status, body, headers = route(self) if callable(route) else route
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.http.server_address[1]}"

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]


@pytest.fixture
def serve():
    started = []

    def start(routes: dict) -> Server:
        server = Server({"/robots.txt": (200, ROBOTS, {}), **routes})
        threading.Thread(target=server.http.serve_forever, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.http.shutdown()
        server.http.server_close()


def fetcher(timeout: float = 5.0, interval: float = 0.0, max_bytes: int = 1_000_000) -> Fetcher:
    return Fetcher(AGENT, timeout, interval, max_bytes)


def test_every_request_carries_the_user_agent_and_robots_txt_is_matched_against_it(serve):
    server = serve({"/news/a.html": (200, b"<p>a</p>", {}), "/private/b.html": (200, b"<p>b</p>", {})})
    with fetcher() as client:
        assert client.get(f"{server.base}/news/a.html").outcome == FETCHED
        blocked = client.get(f"{server.base}/private/b.html")
    assert (blocked.outcome, blocked.reason) == (DISALLOWED, "robots.txt disallows it")
    assert server.paths() == ["/robots.txt", "/news/a.html"]  # robots.txt read once; the disallowed page never requested
    assert {headers["User-Agent"] for _, headers, _ in server.requests} == {AGENT}


def test_a_missing_robots_txt_allows_everything_and_a_failing_one_disallows_the_host(serve):
    missing = serve({"/robots.txt": (404, b"", {}), "/a.html": (200, b"<p>a</p>", {})})
    failing = serve({"/robots.txt": (503, b"", {}), "/a.html": (200, b"<p>a</p>", {})})
    with fetcher() as client:
        assert client.get(f"{missing.base}/a.html").outcome == FETCHED
        refused = client.get(f"{failing.base}/a.html")
    assert (refused.outcome, refused.reason) == (DISALLOWED, "robots.txt unavailable (HTTP 503)")
    assert failing.paths() == ["/robots.txt"]


def test_requests_to_one_host_are_spaced_by_the_interval_and_other_hosts_do_not_wait(serve):
    one, other = serve({"/a": (200, b"a", {}), "/b": (200, b"b", {})}), serve({"/c": (200, b"c", {})})
    interval = 0.3
    with fetcher(interval=interval) as client:
        for url in (f"{one.base}/a", f"{one.base}/b", f"{other.base}/c"):
            assert client.get(url).outcome == FETCHED
    times = [at for _, _, at in one.requests]  # robots.txt, /a, /b
    assert len(times) == 3 and all(later - earlier >= interval * 0.95 for earlier, later in zip(times, times[1:]))
    # The other host's first request (its robots.txt) came without waiting out the first host's interval.
    assert other.requests[0][2] - one.requests[-1][2] < interval


def test_a_slow_host_times_out_as_a_row_with_its_reason(serve):
    def slow(handler):
        time.sleep(1.5)
        return 200, b"late", {}

    server = serve({"/slow.html": slow})
    with fetcher(timeout=0.3) as client:
        got = client.get(f"{server.base}/slow.html")
    assert (got.outcome, got.reason, got.content) == (FAILED, "timed out", None)


def test_conditional_requests_send_the_validators_and_a_304_keeps_them(serve):
    def feed(handler):
        unchanged = handler.headers.get("If-None-Match") == '"v1"' or handler.headers.get("If-Modified-Since") == LAST_MODIFIED
        return (304, b"", {}) if unchanged else (200, b"<rss/>", {"ETag": '"v1"', "Last-Modified": LAST_MODIFIED})

    server = serve({"/feed.xml": feed})
    with fetcher() as client:
        first = client.get(f"{server.base}/feed.xml")
        by_etag = client.get(f"{server.base}/feed.xml", etag=first.etag)
        by_date = client.get(f"{server.base}/feed.xml", last_modified=first.last_modified)
    assert (first.outcome, first.etag, first.last_modified) == (FETCHED, '"v1"', LAST_MODIFIED)
    assert (by_etag.outcome, by_etag.status, by_etag.content) == (NOT_MODIFIED, 304, None)
    assert (by_date.outcome, by_date.last_modified) == (NOT_MODIFIED, LAST_MODIFIED)
    sent = [headers for path, headers, _ in server.requests if path == "/feed.xml"]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == '"v1"' and sent[2]["If-Modified-Since"] == LAST_MODIFIED


def test_errors_and_oversized_pages_are_outcomes_not_exceptions(serve):
    server = serve({"/huge.html": (200, b"x" * 50_000, {}), "/gone.html": (410, b"", {})})
    with fetcher(max_bytes=10_000) as client:
        huge = client.get(f"{server.base}/huge.html")
        gone = client.get(f"{server.base}/gone.html")
        missing = client.get(f"{server.base}/nothing.html")
        not_http = client.get("ftp://example.org/a")
    assert (huge.outcome, huge.reason) == (FAILED, "larger than the 10,000 bytes of WIREHOUSE_MAX_FILE_BYTES")
    assert (gone.outcome, gone.status, gone.reason) == (FAILED, 410, "HTTP 410 Gone")
    assert (missing.outcome, missing.reason) == (FAILED, "HTTP 404 Not Found")
    assert (not_http.outcome, not_http.reason) == (FAILED, "not an http(s) URL")
