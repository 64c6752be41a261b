"""`wirehouse run` as a terminal starts it, held at a stage, then signalled or killed; and what it leaves.

A run is started in a session of its own (its own process group, as a shell starts a
foreground job) with ``WIREHOUSE_PAUSE_AT`` (``flows/pause.py``): the test waits for
the run's handshake file instead of sleeping for a stage that may come sooner or later.
Held at ``extract``, ``WIREHOUSE_EXTRACTION_PART_BYTES`` is small so that even the
sample's text is split and an extraction helper takes a part through shared memory
(at the other stages the sample is too small to start the helpers).
"""

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import psutil

from tests.conftest import SAMPLE, WIREHOUSE, PROJECT_ROOT, without_session_server

CONTENT_TABLES = ("documents", "articles", "paragraphs", "quotes", "figures")
SHARED_MEMORY = Path("/dev/shm")
STAGES = ("plan", "ingest", "extract", "validate", "load")
PAUSE_TIMEOUT_SECONDS = 240  # a cold run on a busy two-core machine


def edition(folder: Path, label: str) -> Path:
    """The sample's files, each with one more line: documents the sample warehouse does not hold."""
    folder.mkdir(parents=True)
    for path in sorted(SAMPLE.glob("*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8") + f"\n{label}\n", encoding="utf-8")
    return folder


def warehouse_copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "w.duckdb"
    shutil.copy(source, db)
    return db


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


def content(db: Path) -> dict[str, tuple]:
    """Per content table: its row count and a hash of its rows, to tell "unchanged" from "as many rows"."""
    return {table: query(db, f"select count(*), sum(hash(t)) from {table} t")[0] for table in CONTENT_TABLES}


def run_status(db: Path, run_id: str) -> str | None:
    rows = query(db, f"select status from pipeline_runs where run_id = '{run_id}'")
    return rows[0][0] if rows else None


def leftovers(pid: int, db: Path) -> list[str]:
    """What a run of CLI process ``pid`` left: staging folders beside ``db``, shared-memory parts, semaphores."""
    found = [str(path) for path in (db.parent / ".staging").glob("*")]
    for entry in os.listdir(SHARED_MEMORY):
        if entry.startswith((f"wirehouse-extract-{pid}-", f"sem.mp-wirehouse-{pid}-")):
            found.append(str(SHARED_MEMORY / entry))
    return found


def gone(processes: list[psutil.Process], timeout: float = 5) -> list[psutil.Process]:
    """The processes still running after ``timeout`` seconds (zombies count as gone)."""
    deadline = time.monotonic() + timeout
    while True:
        alive = [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


class PausedRun:
    """``wirehouse run INPUTS --db DB`` held at ``stage``; ``children`` are its processes once it is there."""

    def __init__(self, inputs: Path, db: Path, stage: str, handshake: Path, server: dict | None = None, in_query: bool = False):
        """``server``: the environment of a shared Prefect server (``prefect_server``); None: the run starts its own.
        ``in_query``: the run waits inside DuckDB queries, not in Python (``flows/pause.py``)."""
        handshake.mkdir(parents=True, exist_ok=True)
        self.stage = stage
        self.handshake = handshake
        env = {**(server or without_session_server()), "WIREHOUSE_PAUSE_AT": f"{stage}{'@query' if in_query else ''}:{handshake}"}
        if stage == "extract":
            env["WIREHOUSE_EXTRACTION_PART_BYTES"] = "1000"
        env.pop("CI", None)
        self.process = subprocess.Popen(
            [*WIREHOUSE, "run", str(inputs), "--db", str(db)], cwd=PROJECT_ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        self.pid = self.process.pid
        self.children: list[psutil.Process] = []
        self.stopped_in: float | None = None

    def wait_paused(self) -> None:
        reached = self.handshake / self.stage
        deadline = time.monotonic() + PAUSE_TIMEOUT_SECONDS
        while not reached.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                out, err = self.finish(timeout=10)
                raise AssertionError(f"the run did not reach {self.stage} (exit {self.process.returncode}):\n{out}\n{err}")
            time.sleep(0.05)
        self.children = psutil.Process(self.pid).children(recursive=True)

    def release(self) -> None:
        (self.handshake / f"{self.stage}.go").touch()

    def signal(self, signum: int, group: bool) -> None:
        self.signalled_at = time.monotonic()
        if group:
            os.killpg(self.pid, signum)
        else:
            os.kill(self.pid, signum)

    def finish(self, timeout: float = 60) -> tuple[str, str]:
        """Wait for the CLI to exit (killing its group past ``timeout``); its stdout and stderr."""
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.pid, signal.SIGKILL)
            for child in self.children:
                child.kill()
            out, err = self.process.communicate()
            err += f"\n[test] killed after {timeout} s"
        if hasattr(self, "signalled_at"):
            self.stopped_in = time.monotonic() - self.signalled_at
        return out, err
