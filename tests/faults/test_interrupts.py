"""Ctrl-C (SIGINT to the process group), SIGTERM, and either one to the CLI alone, at every stage.

The run stops within STOP_BOUND_SECONDS with 130 or 143 and one line, no traceback;
the warehouse's content is as before; the run is recorded ``interrupted``; none of its
processes (Prefect server, validation worker, extraction helper, resource tracker) is
left, nor its staging folder, shared-memory parts or semaphores.

Most runs report to the session's Prefect server (its start is half a run's CPU); the
runs that start their own are those stopped while it boots (``start``) and one per
signal in the middle of a run.
"""

import re
import signal

import pytest

from tests.faults.runs import STAGES, PausedRun, content, edition, gone, leftovers, run_status, warehouse_copy

pytestmark = pytest.mark.faults

STOP_BOUND_SECONDS = 10
INTERRUPTED_LINE = re.compile(r"interrupted by (SIGINT|SIGTERM): run (\S+) recorded as interrupted; the warehouse is as it was")


@pytest.fixture(scope="module")
def new_edition(tmp_path_factory):
    return edition(tmp_path_factory.mktemp("inputs") / "edition", "Second edition.")


SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM}
PRIVATE_SERVER = {("start", "SIGINT", "group"), ("start", "SIGINT", "cli"), ("start", "SIGTERM", "group"), ("start", "SIGTERM", "cli"),
                  ("extract", "SIGINT", "group"), ("validate", "SIGTERM", "cli")}


@pytest.mark.parametrize("to", ["group", "cli"])
@pytest.mark.parametrize("name", SIGNALS)
@pytest.mark.parametrize("stage", ("start", *STAGES))
def test_a_signal_stops_the_run_at_once_and_leaves_nothing(stage, name, to, new_edition, sample_warehouse, prefect_server, tmp_path):
    signum = SIGNALS[name]
    private = (stage, name, to) in PRIVATE_SERVER
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    before = content(db)
    run = PausedRun(new_edition, db, stage, tmp_path / "handshake", server=None if private else prefect_server)
    run.wait_paused()
    assert any("flows.api_server" in " ".join(child.cmdline()) for child in run.children) == private
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
