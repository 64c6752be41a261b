"""Ctrl-C (SIGINT to the process group), SIGTERM, and either one to the CLI alone, at every stage
(and while a feed run fetches).

The run stops within STOP_BOUND_SECONDS with 130 or 143 and one line, no traceback;
the warehouse's content is as before; the run is recorded ``interrupted``; none of its
processes (Prefect server, validation worker, extraction helper, resource tracker) is
left, nor its staging folder, shared-memory parts or semaphores.

Most runs report to the session's Prefect server (its start is half a run's CPU); the
runs that start their own are those stopped while it boots (``start``) and one per
signal in the middle of a run.
"""

import os
import re
import signal
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import PROJECT_ROOT, WIREHOUSE
from tests.faults.runs import (
    PAUSE_TIMEOUT_SECONDS, STAGES, PausedRun, content, edition, gone, leftovers, query, run_status, warehouse_copy,
)

pytestmark = [pytest.mark.faults, pytest.mark.alone]

STOP_BOUND_SECONDS = 10
INTERRUPTED_LINE = re.compile(r"interrupted by (SIGINT|SIGTERM): run (\S+) recorded as interrupted; the warehouse is as it was")


@pytest.fixture(scope="module")
def new_edition(tmp_path_factory):
    return edition(tmp_path_factory.mktemp("inputs") / "edition", "Second edition.")


SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM}
PRIVATE_SERVER = {("start", "SIGINT", "group"), ("start", "SIGINT", "cli"), ("start", "SIGTERM", "group"), ("start", "SIGTERM", "cli"),
                  ("extract", "SIGINT", "group"), ("validate", "SIGTERM", "cli")}


WAYS = [(name, to) for name in SIGNALS for to in ("group", "cli")]


@pytest.mark.parametrize("stage", ("start", *STAGES))
def test_a_signal_stops_the_run_at_once_and_leaves_nothing(stage, new_edition, sample_warehouse, prefect_server, tmp_path):
    """Each way of stopping (SIGINT or SIGTERM, to the group or to the CLI alone) stops its own run held at ``stage``.

    The four runs start together, so their start-ups overlap while each waits at the
    stage, and are stopped one after another, so each stop is timed alone.
    """
    runs = []
    try:
        for name, to in WAYS:
            private = (stage, name, to) in PRIVATE_SERVER
            db = warehouse_copy(sample_warehouse, tmp_path / f"{name}-{to}")
            run = PausedRun(new_edition, db, stage, tmp_path / f"handshake-{name}-{to}", server=None if private else prefect_server)
            runs.append((name, to, private, db, content(db), run))
        for name, to, private, _, _, run in runs:
            run.wait_paused()
            assert any("flows.api_server" in " ".join(child.cmdline()) for child in run.children) == private, (name, to)
        for name, to, _, db, before, run in runs:
            try:
                stops_cleanly(run, SIGNALS[name], to, db, before)
            except AssertionError as failure:
                raise AssertionError(f"{name} to the {to} at {stage}: {failure}") from failure
    finally:
        for *_, run in runs:
            if run.process.poll() is None:
                run.finish(timeout=0)


@pytest.mark.parametrize("stage, name, to", [("plan", "SIGINT", "group"), ("plan", "SIGTERM", "cli"), ("load", "SIGINT", "group")])
def test_a_signal_during_a_warehouse_query_stops_the_run_as_interrupted(stage, name, to, new_edition, sample_warehouse, prefect_server, tmp_path):
    """The stage is inside a DuckDB query: the stop ends the query, and its "Query interrupted" is the interrupt, not a failure."""
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    before = content(db)
    run = PausedRun(new_edition, db, stage, tmp_path / "handshake", server=prefect_server, in_query=True)
    run.wait_paused()
    stops_cleanly(run, SIGNALS[name], to, db, before)


def stops_cleanly(run: PausedRun, signum: int, to: str, db, before: dict) -> None:
    """Signal the paused run: it stops in time with its code and one line, recorded interrupted, leaving nothing."""
    run.signal(signum, group=to == "group")
    out, err = run.finish()

    assert run.process.returncode == 128 + signum, err
    assert run.stopped_in < STOP_BOUND_SECONDS, err
    assert "Traceback" not in out + err
    line = INTERRUPTED_LINE.fullmatch(err.strip().splitlines()[-1])
    assert line and line.group(1) == signal.Signals(signum).name, err
    assert run_status(db, line.group(2)) == "interrupted"
    assert content(db) == before
    assert gone(run.children) == []
    assert leftovers(run.pid, db) == []


@pytest.fixture
def hanging_page():
    """A local feed whose one page answers only when released: a run is held in its fetch stage."""
    requested, released = threading.Event(), threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server protocol
            if self.path == "/feed.xml":
                body = (f'<rss version="2.0"><channel><title>Slow Times</title><item><title>One</title>'
                        f'<link>{base}/pages/one.html</link></item></channel></rss>').encode()
            elif self.path == "/pages/one.html":
                requested.set()
                released.wait(PAUSE_TIMEOUT_SECONDS)
                body = b"<html><body><article><p>The mayor said the page came late.</p></article></body></html>"
            else:
                body = b""
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"{base}/feed.xml", requested
    released.set()
    server.shutdown()
    server.server_close()


def test_a_signal_while_a_feed_run_fetches_stops_it_and_keeps_no_fetch(hanging_page, prefect_server, tmp_path):
    feed, requested = hanging_page
    db = tmp_path / "w.duckdb"
    env = {key: value for key, value in prefect_server.items() if key != "CI"}
    process = subprocess.Popen([*WIREHOUSE, "run", "--feed", feed, "--db", str(db)], cwd=PROJECT_ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert requested.wait(PAUSE_TIMEOUT_SECONDS), "the run never requested the feed's page"
    signalled = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    stopped_in = time.monotonic() - signalled

    assert process.returncode == 130, err
    assert stopped_in < STOP_BOUND_SECONDS and "Traceback" not in out + err
    line = INTERRUPTED_LINE.fullmatch(err.strip().splitlines()[-1])
    assert line, err
    assert run_status(db, line.group(2)) == "interrupted"
    assert query(db, "select count(*) from fetches") == [(0,)]  # the next run fetches the page again
    assert leftovers(process.pid, db) == []
