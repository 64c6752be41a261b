"""Polite HTTP for feed runs: a User-Agent, timeouts, a pause between requests to one host,
robots.txt, and conditional requests.

Every request ends in a ``Fetched`` with its outcome, never an exception: a host
that is down, a timeout, a 404, a page robots.txt disallows or one larger than
``WIREHOUSE_MAX_FILE_BYTES`` is a row with its reason, and the run goes on.

robots.txt is read once per host and run: a missing one (4xx) allows everything;
one the host fails to serve (5xx) disallows the host for the run, as crawlers do
when they cannot know what is allowed; a host that does not answer at all fails
every request of the run with the reason.
"""

import threading
import time
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

FETCHED, NOT_MODIFIED, FAILED, DISALLOWED = "fetched", "not_modified", "failed", "disallowed"


class Fetched(NamedTuple):
    url: str
    outcome: str  # fetched | not_modified | failed | disallowed
    status: int | None = None
    content: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    reason: str | None = None


class Reply(NamedTuple):
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


class Fetcher:
    """One run's HTTP client: shared connection pool, robots.txt per host, one request per host at a time."""

    def __init__(self, user_agent: str, timeout: float, host_interval: float, max_bytes: int):
        self.user_agent = user_agent
        self.host_interval = host_interval
        self.max_bytes = max_bytes
        self.client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout, follow_redirects=True)
        self.robots: dict[str, RobotFileParser | Fetched] = {}  # host root -> rules, or the outcome of any request to it
        self.last_request: dict[str, float] = {}
        self.lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` if robots.txt allows it; conditional on ``etag``/``last_modified`` when given."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return Fetched(url, FAILED, reason="not an http(s) URL")
        rules = self._robots(urlunsplit((parts.scheme, parts.netloc, "", "", "")))
        if isinstance(rules, Fetched):
            return rules._replace(url=url)
        if not rules.can_fetch(self.user_agent, url):
            return Fetched(url, DISALLOWED, reason="robots.txt disallows it")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._request(url, headers)
        if isinstance(response, str):
            return Fetched(url, FAILED, reason=response)
        validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified")}
        if response.status == 304:
            return Fetched(url, NOT_MODIFIED, 304, etag=validators["etag"] or etag, last_modified=validators["last_modified"] or last_modified)
        if response.status >= 400:
            return Fetched(url, FAILED, response.status, reason=f"HTTP {response.status} {response.reason}".strip())
        return Fetched(url, FETCHED, response.status, response.body, **validators)

    def _robots(self, root: str) -> RobotFileParser | Fetched:
        with self.lock:
            known = self.robots.get(root)
        if known is not None:
            return known
        response = self._request(root + "/robots.txt", {})
        rules = RobotFileParser()
        if isinstance(response, str):
            found: RobotFileParser | Fetched = Fetched(root, FAILED, reason=f"host unreachable: {response}")
        elif response.status >= 500:
            found = Fetched(root, DISALLOWED, reason=f"robots.txt unavailable (HTTP {response.status})")
        elif response.status >= 400:
            rules.parse([])  # none: everything is allowed
            found = rules
        else:
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
            found = rules
        with self.lock:
            self.robots[root] = found
        return found

    def _request(self, url: str, headers: dict) -> Reply | str:
        """The reply (its body read up to ``max_bytes``), or why there is none; waits out the host's interval first."""
        host = urlsplit(url).netloc
        self._wait_for(host)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        return f"larger than the {self.max_bytes:,} bytes of WIREHOUSE_MAX_FILE_BYTES"
                return Reply(response.status_code, response.reason_phrase, response.headers, bytes(body))
        except httpx.TimeoutException:
            return "timed out"
        except httpx.HTTPError as error:
            return f"{type(error).__name__}: {str(error).splitlines()[0][:160] if str(error) else 'no response'}"
        finally:
            with self.lock:
                self.last_request[host] = time.monotonic()

    def _wait_for(self, host: str) -> None:
        with self.lock:
            last = self.last_request.get(host)
        if last is not None:
            pause = self.host_interval - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
