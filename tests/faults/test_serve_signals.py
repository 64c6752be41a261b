"""``wirehouse serve`` stops on the first Ctrl-C (SIGINT to its group) or SIGTERM within
seconds, while a scheduled run is in progress: the run is recorded ``interrupted`` and
no process is left (the run's process, its validation worker, extraction helper and
resource trackers)."""

import os
import signal
import subprocess
import time

import psutil
import pytest

from tests.conftest import PROJECT_ROOT, WIREHOUSE
from tests.faults.runs import PAUSE_TIMEOUT_SECONDS, edition, gone, query

pytestmark = [pytest.mark.faults, pytest.mark.server]

STOP_BOUND_SECONDS = 10


@pytest.mark.parametrize("signum, group", [(signal.SIGINT, True), (signal.SIGTERM, False)], ids=["ctrl-c", "kill"])
def test_serve_stops_on_the_first_signal_with_a_run_in_progress(signum, group, prefect_server, tmp_path):
    inputs = edition(tmp_path / "edition", "Served edition.")
    db = tmp_path / "served.duckdb"
    handshake = tmp_path / "handshake"
    handshake.mkdir()
    env = {**prefect_server, "WIREHOUSE_PAUSE_AT": f"validate:{handshake}"}
    name = f"stop-{signal.Signals(signum).name.lower()}"
    served = subprocess.Popen(
        [*WIREHOUSE, "serve", str(inputs), "--db", str(db), "--interval", "5", "--name", name],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + PAUSE_TIMEOUT_SECONDS
    while not (handshake / "validate").exists():  # a scheduled run's process is in its validate stage
        assert served.poll() is None and time.monotonic() < deadline, served.communicate()[0]
        time.sleep(0.1)
    processes = psutil.Process(served.pid).children(recursive=True)
    signalled = time.monotonic()
    os.killpg(served.pid, signum) if group else os.kill(served.pid, signum)
    output, _ = served.communicate(timeout=60)
    stopped_in = time.monotonic() - signalled

    assert served.returncode == 128 + signum, output
    assert stopped_in < STOP_BOUND_SECONDS, output
    assert "Traceback" not in output
    assert output.strip().splitlines()[-1] == f"interrupted by {signal.Signals(signum).name}"
    assert gone(processes) == []
    assert ("interrupted", "schedule") in query(db, "select status, trigger from pipeline_runs")
    assert query(db, "select count(*) from documents") == [(0,)]
