"""``wirehouse serve`` stops on the first Ctrl-C (SIGINT to its group) or SIGTERM within
seconds, while a scheduled run is in progress: the run is recorded ``interrupted`` and
no process is left (the run's process, its validation worker, extraction helper and
resource trackers). A served run that ends by itself leaves no process either, while
``serve`` goes on."""

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

from datetime import datetime, timezone

import psutil
import pytest

from tests.conftest import PROJECT_ROOT, WIREHOUSE
from tests.faults.runs import PAUSE_TIMEOUT_SECONDS, edition, gone, query

pytestmark = [pytest.mark.faults, pytest.mark.server, pytest.mark.alone]

STOP_BOUND_SECONDS = 10
RUN_EXIT_BOUND_SECONDS = 15


@pytest.mark.parametrize(
    "signum, group, stage, pause_at", [
        (signal.SIGINT, True, "validate", "validate"),
        (signal.SIGTERM, False, "validate", "validate"),
        (signal.SIGINT, True, "plan", "plan@query"),  # the run's plan is inside a DuckDB query: "Query interrupted" is the stop
    ],
    ids=["ctrl-c", "kill", "ctrl-c-in-a-plan-query"],
)
def test_serve_stops_on_the_first_signal_with_a_run_in_progress(signum, group, stage, pause_at, prefect_server, tmp_path):
    inputs = edition(tmp_path / "edition", "Served edition.")
    db = tmp_path / "served.duckdb"
    handshake = tmp_path / "handshake"
    handshake.mkdir()
    env = {**prefect_server, "WIREHOUSE_PAUSE_AT": f"{pause_at}:{handshake}"}
    name = f"stop-{signal.Signals(signum).name.lower()}-{stage}"
    served = subprocess.Popen(
        [*WIREHOUSE, "serve", str(inputs), "--db", str(db), "--interval", "5", "--name", name],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + PAUSE_TIMEOUT_SECONDS
    while not (handshake / stage).exists():  # a scheduled run's process is in the stage
        assert served.poll() is None and time.monotonic() < deadline, served.communicate()[0]
        time.sleep(0.1)
    processes = psutil.Process(served.pid).children(recursive=True)
    signalled = time.monotonic()
    os.killpg(served.pid, signum) if group else os.kill(served.pid, signum)
    output, _ = served.communicate(timeout=60)
    stopped_in = time.monotonic() - signalled

    assert served.returncode == 128 + signum, output
    assert stopped_in < STOP_BOUND_SECONDS, output
    assert "Traceback" not in output, output
    assert output.strip().splitlines()[-1] == f"interrupted by {signal.Signals(signum).name}"
    assert gone(processes) == []
    assert ("interrupted", "schedule") in query(db, "select status, trigger from pipeline_runs")
    assert query(db, "select count(*) from documents") == [(0,)]
    # Prefect's record of the run and its tasks: stopped (crashed by the interrupt), none failed by an error of its own.
    assert "FAILED" not in run_states(prefect_server["PREFECT_API_URL"], name), output


def post(api: str, path: str, body: dict, attempts: int = 10):
    """POST ``body`` to the Prefect server's REST API at ``api``; its JSON answer.

    A 503 (SQLite busy with another writer, such as serve's runner) is tried again, as Prefect's own client does."""
    request = urllib.request.Request(f"{api}{path}", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code != 503 or attempt == attempts:
                raise
            time.sleep(0.5 * attempt)


def deployment_ids(api: str, deployment: str) -> list[str]:
    return [d["id"] for d in post(api, "/deployments/filter", {"deployments": {"name": {"any_": [deployment]}}})]


def run_states(api: str, deployment: str) -> list[str]:
    """The state types of the flow runs of deployment ``deployment`` and of their task runs, on the Prefect server at ``api``."""
    of_deployment = {"flow_runs": {"deployment_id": {"any_": deployment_ids(api, deployment)}}}
    runs = post(api, "/flow_runs/filter", of_deployment) + post(api, "/task_runs/filter", of_deployment)
    return [run["state_type"] for run in runs]


def start_a_run_now(api: str, deployment: str, until) -> None:
    """Ask for a run of ``deployment`` now (``prefect deployment run``), once serve has created it, while ``until()`` holds."""
    while not (ids := deployment_ids(api, deployment)):
        assert until(), f"deployment {deployment} was not created"
        time.sleep(0.2)
    post(api, f"/deployments/{ids[0]}/create_flow_run", {})


def running(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_a_served_run_that_extracts_ends_its_processes_when_it_completes(prefect_server, tmp_path):
    inputs = edition(tmp_path / "edition", "Scheduled edition.")
    db = tmp_path / "served.duckdb"
    handshake = tmp_path / "handshake"
    handshake.mkdir()
    # Held at extract with small parts: the run's extraction helpers are up, and the test knows the run's process.
    env = {**prefect_server, "WIREHOUSE_PAUSE_AT": f"extract:{handshake}", "WIREHOUSE_EXTRACTION_PART_BYTES": "1000"}
    # Hourly, with one run asked for now: the stop comes between two runs (one stopped at the stop has a test above).
    served = subprocess.Popen(
        [*WIREHOUSE, "serve", str(inputs), "--db", str(db), "--interval", "3600", "--name", "ends-its-processes"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + PAUSE_TIMEOUT_SECONDS
        start_a_run_now(prefect_server["PREFECT_API_URL"], "ends-its-processes", until=lambda: served.poll() is None and time.monotonic() < deadline)
        while not (handshake / "extract").exists():
            assert served.poll() is None and time.monotonic() < deadline, served.communicate()[0]
            time.sleep(0.1)
        run = psutil.Process(int((handshake / "extract").read_text()))
        workers = set(run.children(recursive=True))
        assert workers, "the run started no extraction helper"
        (handshake / "extract.go").touch()
        # The warehouse is not polled meanwhile: a reader's lock would fail the run's last write.
        while running(run):  # the validation process starts meanwhile
            assert served.poll() is None and time.monotonic() < deadline, served.communicate()[0]
            try:
                workers |= set(run.children(recursive=True))
            except psutil.NoSuchProcess:
                break
            time.sleep(0.1)
        exited_at = datetime.now(timezone.utc)
        left = gone(list(workers), timeout=0)
        assert served.poll() is None
    finally:
        if served.poll() is None:
            os.kill(served.pid, signal.SIGTERM)
        output, _ = served.communicate(timeout=60)
    status, finished_at = query(db, "select status, finished_at from pipeline_runs where trigger = 'deployment' order by started_at")[0]
    assert status == "completed", output
    assert (exited_at - finished_at).total_seconds() < RUN_EXIT_BOUND_SECONDS, output
    assert left == [], output
    assert served.returncode == 128 + signal.SIGTERM, output
    assert "Traceback" not in output, output
