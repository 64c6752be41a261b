"""The pieces of recovery, in-process: the run lock, stale leftovers told from live ones, a
load that skips documents already loaded, and a failure record that never hides a commit."""

import os
import subprocess
import sys
import time

import duckdb
import polars as pl
import pytest

from flows.leftovers import SHARED_MEMORY, remove_stale_leftovers
from flows.run_lock import RunLock, lock_file
from flows.staging import StagingArea, remove_stale_staging, staging_folder
from tests.conftest import PROJECT_ROOT
from tests.faults.runs import query, warehouse_copy
from warehouse import io

pytestmark = pytest.mark.faults


def python(code: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=check)


def dead_pid() -> int:
    """The pid of a process that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_the_run_lock_is_reentrant_and_another_process_waits_then_names_the_holder(tmp_path):
    db = tmp_path / "w.duckdb"
    attempt = f"from pathlib import Path; from flows.run_lock import RunLock; RunLock(Path({str(db)!r}), wait_seconds=0.5).acquire(); print('held')"
    with RunLock(db), RunLock(db):
        assert lock_file(db).read_text() == f"{os.getpid()}\n"
        started = time.monotonic()
        refused = python(attempt, check=False)
        assert time.monotonic() - started >= 0.5
        assert f"WarehouseLocked: warehouse {db} is locked by another run (pid {os.getpid()})" in refused.stderr
    assert python(attempt).stdout == "held\n"


def test_a_dead_runs_staging_folder_is_removed_and_a_live_ones_kept(tmp_path):
    db = tmp_path / "w.duckdb"
    live = StagingArea(db, "live-run")
    python(f"import os; from pathlib import Path; from flows.staging import StagingArea; StagingArea(Path({str(db)!r}), 'dead-run'); os._exit(0)")
    unowned_old, unowned_new = staging_folder(db) / "old-release-run", staging_folder(db) / "starting-run"
    unowned_old.mkdir()
    unowned_new.mkdir()
    os.utime(unowned_old, (time.time() - 3600, time.time() - 3600))
    try:
        remove_stale_staging(db)
        assert sorted(path.name for path in staging_folder(db).iterdir()) == ["live-run", "starting-run"]
    finally:
        live.remove()


def test_parts_and_semaphores_of_dead_processes_are_removed_and_those_of_live_ones_kept(tmp_path):
    if not SHARED_MEMORY.is_dir():
        pytest.skip("no /dev/shm")
    gone, alive = dead_pid(), os.getpid()
    made = [SHARED_MEMORY / f"wirehouse-extract-{pid}-test" for pid in (gone, alive)]
    made += [SHARED_MEMORY / f"sem.mp-wirehouse-{pid}-test" for pid in (gone, alive)]
    for path in made:
        path.mkdir() if "extract" in path.name else path.touch()
    try:
        remove_stale_leftovers(tmp_path / "w.duckdb")
        assert [path.exists() for path in made] == [False, True, False, True]
    finally:
        for path in made:
            path.rmdir() if path.is_dir() else path.unlink(missing_ok=True)


def test_worker_semaphores_are_named_after_their_process():
    from flows.workers import WorkerProcesses

    workers = WorkerProcesses(1, int)
    try:
        assert any(name.startswith(f"sem.mp-wirehouse-{os.getpid()}-") for name in os.listdir(SHARED_MEMORY))
    finally:
        workers.kill()


def test_the_load_skips_documents_another_run_loaded_meanwhile(sample_warehouse, tmp_path):
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    staged = tmp_path / "staged"
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in ("documents", "paragraphs"):
            (staged / table).mkdir(parents=True)
            con.execute(f"copy {table} to '{staged / table / 'batch-00000.parquet'}' (format parquet)")
    finally:
        con.close()
    before = query(db, "select (select count(*) from documents), (select count(*) from paragraphs)")
    now = query(db, "select now()")[0][0]
    run_row = {"run_id": "again", "started_at": now, "finished_at": now, "status": "completed", "trigger": "manual"}
    nothing_seen = io.PathChanges(pl.DataFrame(schema=io.SOURCES_SCHEMA), [])
    load = io.RunLoad("again", {t: str(staged / t / "*.parquet") for t in ("documents", "paragraphs")}, nothing_seen, [], run_row)
    inserted, _ = io.load_run(db, load)  # and the marts' seconds per step
    assert inserted == {"documents": 0, "paragraphs": 0, "documents_removed": 0}
    assert query(db, "select (select count(*) from documents), (select count(*) from paragraphs)") == before


# The sample warehouse's loading run (tests sharing the session's warehouse may have added runs since).
FIRST_RUN = "select {columns} from pipeline_runs order by started_at limit 1"


def test_a_failure_after_the_commit_keeps_the_run_recorded_as_committed(sample_warehouse, tmp_path):
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    [(run_id, started_at)] = query(db, FIRST_RUN.format(columns="run_id, started_at"))
    failed = {"run_id": run_id, "started_at": started_at, "status": "interrupted", "trigger": "manual"}
    assert io.record_failed_run(db, failed) == "completed"
    assert io.record_failed_run(db, {**failed, "run_id": "never-loaded"}) == "interrupted"
    assert query(db, f"select run_id, status from pipeline_runs where run_id in ('{run_id}', 'never-loaded') order by status") == [
        (run_id, "completed"), ("never-loaded", "interrupted"),
    ]



RECORD_STAGE_SECONDS = """
import sys
from pathlib import Path
from prefect import flow
from flows.pipeline import record_stage_seconds

flow(name="record")(record_stage_seconds)(Path(sys.argv[1]), sys.argv[2], {"load": 1.5})
print("recorded")
"""


def test_the_runs_last_write_waits_for_a_warehouse_another_process_holds(sample_warehouse, prefect_server, tmp_path):
    """The run's row gets its load seconds after the commit even while a reader (``wirehouse query``, a BI tool) holds the file."""
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    [(run_id,)] = query(db, FIRST_RUN.format(columns="run_id"))
    reader = duckdb.connect(str(db), read_only=True)  # another process cannot write while it is open
    recording = subprocess.Popen([sys.executable, "-c", RECORD_STAGE_SECONDS, str(db), run_id], cwd=PROJECT_ROOT, env=prefect_server,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        logged = []
        while not any("is locked by another process" in line for line in logged):  # its first attempt found the warehouse held
            logged.append(recording.stderr.readline())
            assert logged[-1], "".join(logged)  # it ended without waiting
    finally:
        reader.close()
    out, err = recording.communicate(timeout=120)
    assert recording.returncode == 0 and "recorded" in out, "".join(logged) + err
    assert query(db, f"select stage_seconds from pipeline_runs where run_id = '{run_id}'") == [('{"load": 1.5}',)]
