"""A real Prefect server on loopback, a served deployment on a one-minute cron, a scheduled run
that reads the sample and a feed from a local HTTP server.

Marked ``server``: run it alone with ``pytest -m server``. Everything it starts is
stopped by process group id at the end.
"""

import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE, stop_group
from tests.flows.test_feeds import site  # noqa: F401 - the local feed server fixture

pytestmark = pytest.mark.server
DEADLINE_SECONDS = 300


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def wait_until(predicate, deadline: float, what: str):
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(2)
    raise AssertionError(f"timed out waiting for {what}")


def scheduled_runs(db: Path) -> list[tuple]:
    if not db.exists():
        return []
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return []  # the scheduled run is writing right now
    try:
        return con.sql(
            "select status, trigger, flow_run_id, documents_rows from pipeline_runs where trigger = 'schedule' and status = 'completed'"
        ).fetchall()
    except duckdb.Error:
        return []
    finally:
        con.close()


def test_served_cron_deployment_runs_on_schedule_and_loads_the_warehouse(prefect_server, tmp_path, site):  # noqa: F811
    db = tmp_path / "scheduled.duckdb"
    deadline = time.monotonic() + DEADLINE_SECONDS
    served = start(
        [sys.executable, "-m", "flows.cli", "serve", str(SAMPLE), "--feed", f"{site.base}/feed.xml", "--db", str(db), "--cron", "* * * * *", "--name", "every-minute"],
        prefect_server, tmp_path / "serve.log",
    )
    try:
        runs = wait_until(lambda: scheduled_runs(db), deadline, "a completed scheduled run")
    finally:
        stop_group(served)
    assert served.returncode == 128 + signal.SIGTERM, (tmp_path / "serve.log").read_text()[-2000:]
    status, trigger, flow_run_id, documents = runs[0]
    assert (status, trigger, documents) == ("completed", "schedule", 6)  # the sample's 4 and the feed's 2 pages
    assert flow_run_id
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.sql("select input_format, count(*) from documents group by all order by 1").fetchall() == [("html", 2), ("text", 4)]
    finally:
        con.close()
