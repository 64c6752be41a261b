"""Shared fixtures: the sample corpus, literal documents, and one pipeline run per session."""

import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import hypothesis
import polars as pl
import pytest

from flows.settings import PROJECT_ROOT  # noqa: F401 - sets PREFECT_HOME etc. before Prefect is imported

# Prefect stops its ephemeral server at exit, after pytest has closed the captured streams.
logging.raiseExceptions = False

# Property tests draw the same examples on every run: a CI run fails only on a change, never by luck.
hypothesis.settings.register_profile("wirehouse", derandomize=True, database=None)
hypothesis.settings.load_profile("wirehouse")

SAMPLE = PROJECT_ROOT / "data" / "sample"
EXAMPLES = PROJECT_ROOT / "data" / "examples"
# The examples of every file format but the feed (served by the feed tests), read as a user would.
EXAMPLE_INPUTS = [str(EXAMPLES / folder) for folder in ("pages", "records", "text")]
EXAMPLE_MAPPING = ("--map", "text=article_body")
CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
WIREHOUSE = [sys.executable, "-m", "flows.cli"]


def documents_frame(*texts: str) -> pl.DataFrame:
    """A documents frame of literal texts (ids doc0, doc1, ...)."""
    from transforms import frames
    from transforms.ingest import context

    return frames.conform(
        pl.DataFrame(
            {
                "document_id": [f"doc{i}" for i in range(len(texts))],
                "source_path": [f"/in/doc{i}.txt" for i in range(len(texts))],
                "file_name": [f"doc{i}.txt" for i in range(len(texts))],
                "encoding": ["utf-8"] * len(texts),
                "byte_size": [len(t.encode()) for t in texts],
                "char_count": [len(t) for t in texts],
                "text": list(texts),
                "decode_errors": [0] * len(texts),
                "input_format": ["text"] * len(texts),
                **{column: [None] * len(texts) for column in context.COLUMNS},
            },
            schema_overrides=context.COLUMNS,
        ),
        frames.DOCUMENTS,
    )


def checked_statements(sql: str, db: Path) -> list[str]:
    """``flows.query.statements`` (the query guard) on a DuckDB connection of its own."""
    import duckdb

    from flows.query import statements

    con = duckdb.connect()
    try:
        return statements(con, sql, db)
    finally:
        con.close()


def kill_workers(workers) -> None:
    """SIGKILL every process of a ``WorkerProcesses`` pool (the OOM killer, say)."""
    for pid in list(workers.pool._processes):
        os.kill(pid, signal.SIGKILL)


def wirehouse(*args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, from the project root."""
    result = subprocess.run([*WIREHOUSE, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError(f"wirehouse {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def without_session_server() -> dict:
    """The environment of a user's terminal: no ``PREFECT_API_URL``, so a run starts its private server."""
    return {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """`wirehouse run data/sample` once for the session, as a user's terminal starts it: its warehouse and what it printed."""
    db = tmp_path_factory.mktemp("sample") / "warehouse.duckdb"
    return db, wirehouse("run", str(SAMPLE), "--db", str(db), env=without_session_server())


@pytest.fixture(scope="session")
def examples_warehouse(tmp_path_factory) -> Path:
    """`wirehouse run` over the example pages, records and text once for the session."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    wirehouse("run", *EXAMPLE_INPUTS, *EXAMPLE_MAPPING, "--db", str(db))
    return db


@pytest.fixture(scope="session")
def sample_warehouse(sample_run) -> Path:
    return sample_run[0]


@pytest.fixture
def sample_con(sample_warehouse):
    import duckdb

    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory) -> dict:
    """A real Prefect server on loopback for the session: the environment that points a command at it.

    Runs that report to it skip the private server's start (7 CPU seconds of a sample
    run); its scheduler and a served runner poll every 2 seconds. Stopped by process
    group id at the end of the session.
    """
    home = tmp_path_factory.mktemp("prefect-home")
    api = f"http://127.0.0.1:{free_port()}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("CI", None)
    port = api.split(":")[2].split("/")[0]
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", port],
        cwd=PROJECT_ROOT, env=env, stdout=(home / "server.log").open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while not server_healthy(api):
        if server.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the Prefect server did not start: {(home / 'server.log').read_text()[-2000:]}")
        time.sleep(1)
    yield env
    stop_group(server)


@pytest.fixture(scope="session", autouse=True)
def runs_report_to_the_session_server(prefect_server):
    """Every run a test starts reports to the session's Prefect server unless the test takes
    ``PREFECT_API_URL`` out (``without_session_server``, or ``PausedRun`` with no server):
    a private server's start costs more CPU than a sample run's own work."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREFECT_API_URL", prefect_server["PREFECT_API_URL"])
        yield


def stop_group(process: subprocess.Popen) -> None:
    """SIGTERM to the process group ``process`` leads (started with ``start_new_session``), SIGKILL past 20 s."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
