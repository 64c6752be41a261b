"""Stopping `wirehouse run` on a real corpus: Ctrl-C, SIGTERM, `kill PID` and `kill -9` in each stage.

For each stage and way of stopping, a run of the corpus into a new warehouse starts
with its own Prefect server, as a terminal starts it (a session of its own). It is
held at the stage's pause point (``flows/pause.py``), released, and stopped
``--delay`` seconds later, while the stage works (``--held``: while it is held).
Measured: seconds from the signal to the CLI's exit, the exit code, the run's
``pipeline_runs`` status, the run's processes still alive 5 s later, its staging
folder and its ``/dev/shm`` entries (parts and semaphores named after any of its
processes). After a ``kill -9`` the next plain run of the same input is timed and
must leave no leftover, load every document once and pass ``wirehouse check``.
Without the corpus it prints ``skipped: corpus not found`` and exits 0.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import WIREHOUSE  # noqa: E402
from tests.faults.runs import SHARED_MEMORY, STAGES, PausedRun, gone, query  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"
WAYS = {  # name: (signal, to the whole group)
    "ctrl-c": (signal.SIGINT, True),
    "sigterm-group": (signal.SIGTERM, True),
    "kill-pid": (signal.SIGTERM, False),
    "kill-9": (signal.SIGKILL, True),
}


def shared_memory_of(pids: set[int]) -> list[str]:
    """``/dev/shm`` entries whose name carries one of ``pids`` (parts, semaphores)."""
    found = []
    for entry in os.listdir(SHARED_MEMORY):
        if "wirehouse" in entry and any(f"-{pid}-" in entry for pid in pids):
            found.append(entry)
    return found


def stop(corpus: Path, stage: str, way: str, delay: float, held: bool, scratch: Path) -> dict:
    db = scratch / f"{stage}-{way}" / "w.duckdb"
    db.parent.mkdir(parents=True)
    signum, group = WAYS[way]
    run = PausedRun(corpus, db, stage, scratch / f"{stage}-{way}" / "handshake")
    run.wait_paused()
    if not held:
        run.release()
        time.sleep(delay)
    tree = [p for p in run.children if p.is_running()]
    pids = {run.pid, *(p.pid for p in tree)}
    run.signal(signum, group=group)
    out, err = run.finish(timeout=120)
    left_processes = gone(tree)
    last = err.strip().splitlines()[-1] if err.strip() else ""
    result = {
        "stage": stage, "way": way, "exit": run.process.returncode, "seconds": round(run.stopped_in, 2),
        "last_line": last[:160], "traceback": "Traceback" in out + err,
        "processes_left": [" ".join(p.cmdline())[:80] for p in left_processes],
        "staging_left": sorted(p.name for p in (db.parent / ".staging").glob("*")),
        "shm_left": shared_memory_of(pids),
        "runs": query(db, "select status, count(*) from pipeline_runs group by 1") if db.exists() else "no warehouse file",
    }
    for process in left_processes:
        process.kill()
    if way == "kill-9":
        started = time.monotonic()
        after = subprocess.run([*WIREHOUSE, "run", str(corpus), "--db", str(db), "--quiet"], capture_output=True, text=True)
        result["next_run"] = {"exit": after.returncode, "seconds": round(time.monotonic() - started, 1), "summary": after.stdout.strip()[:120]}
        result["after_next_run"] = {"staging_left": sorted(p.name for p in (db.parent / ".staging").glob("*")),
                                    "shm_left": shared_memory_of(pids),
                                    "documents": query(db, "select count(*), count(distinct document_id) from documents")[0]}
        check = subprocess.run([*WIREHOUSE, "check", "--db", str(db)], capture_output=True, text=True)
        result["check"] = {"exit": check.returncode, "verdict": [line[:100] for line in check.stdout.splitlines() if line.startswith(("OK", "FAILED"))]}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--stages", nargs="+", default=["start", *STAGES], choices=["start", *STAGES])
    parser.add_argument("--ways", nargs="+", default=list(WAYS), choices=list(WAYS))
    parser.add_argument("--delay", type=float, default=0.5, help="seconds between releasing the stage and the signal (default 0.5)")
    parser.add_argument("--held", action="store_true", help="signal while the run is held at the stage's pause point")
    arguments = parser.parse_args()
    if not arguments.corpus.exists():
        print("skipped: corpus not found")
        return
    with tempfile.TemporaryDirectory(prefix="wirehouse-signals-") as scratch:
        for stage in arguments.stages:
            for way in arguments.ways:
                result = stop(arguments.corpus, stage, way, arguments.delay, arguments.held or stage == "start", Path(scratch))
                print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
