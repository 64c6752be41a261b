"""`wirehouse run` as a user runs it, measured: wall time, peak memory of the process tree, warehouse stats.

Memory is sampled from /proc because a run is a tree of processes (the CLI, the
ephemeral Prefect server, local Dask workers): ``ru_maxrss`` only gives the
largest single process, never what the tree holds at once.
"""

import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transforms.schema import CONTENT_TABLES  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WIREHOUSE = Path(sys.executable).parent / "wirehouse"
# 3: the run completed with quarantined rows, still a finished run.
FINISHED_EXIT_CODES = (0, 3)
POLL_SECONDS = 0.05

TABLES = CONTENT_TABLES
STAGES = ("plan", "ingest", "extract", "articles", "paragraphs", "quotes", "figures", "validate", "transform_wall", "load")
# One stage (a Prefect task per batch) does all extraction, articles through figures;
# its transforms are also timed one by one, summed over the processes that ran a part.
EXTRACTION_STAGE = "extract"
TRANSFORMS = ("articles", "paragraphs", "quotes", "figures")
# The tables whose rows a stage produces; validate, transform_wall and load handle all of them.
STAGE_TABLES = {"plan": ("documents",), "ingest": ("documents",), EXTRACTION_STAGE: TRANSFORMS,
                **{transform: (transform,) for transform in TRANSFORMS}}
# Mart build steps whose seconds make up the near-duplicate detection (signatures, LSH pairs, the SQL mart).
NEAR_DUPLICATE_STEPS = ("article_signatures", "near_duplicate_pairs", "near_duplicates")
# Copy numbers spelled in consonants: a marker line with digits would add figures to every file.
MARKER_LETTERS = "bcdfghjklmnpqrstvwxz"


class RunFailed(RuntimeError):
    """The CLI exited with an error: the benchmark has nothing to measure."""


@dataclass
class Measured:
    wall_seconds: float
    peak_rss_mib: float  # most resident memory the whole tree held at once (sum of RSS, sampled)
    peak_at_seconds: float  # when the tree's peak happened, from the start: which stage holds the memory
    largest_process_mib: float  # peak RSS (VmHWM) of the biggest single process in the tree
    cpu_seconds: float  # user + system time of the tree (of the processes that were waited for)
    exit_code: int
    output: str


def tree_pids(root: int) -> list[int]:
    """The process and all its descendants (every thread may have spawned children)."""
    pids, pending = [], [root]
    while pending:
        pid = pending.pop()
        pids.append(pid)
        for children in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                pending.extend(int(child) for child in children.read_text().split())
            except OSError:  # the thread or process ended meanwhile
                continue
    return pids


def memory_kb(pid: int) -> tuple[int, int]:
    """(current RSS, peak RSS) of a process in kB; zeros once it has exited."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0, 0
    fields = dict(line.split(":", 1) for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM")))
    return tuple(int(fields.get(name, "0 kB").split()[0]) for name in ("VmRSS", "VmHWM"))


def measure(command: list[str]) -> Measured:
    """Run ``command`` from the project root, sampling its process tree's memory until it exits."""
    peaks = {"tree": 0, "tree_at": 0.0, "largest": 0}
    finished = threading.Event()

    def sample(root: int) -> None:
        while not finished.wait(POLL_SECONDS):
            total = 0
            for pid in tree_pids(root):
                rss, hwm = memory_kb(pid)
                total += rss
                peaks["largest"] = max(peaks["largest"], hwm)
            if total > peaks["tree"]:
                peaks["tree"], peaks["tree_at"] = total, time.perf_counter() - started

    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = threading.Thread(target=sample, args=(process.pid,), daemon=True)
    sampler.start()
    output, _ = process.communicate()
    wall = time.perf_counter() - started
    finished.set()
    sampler.join()
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(getattr(children_after, field) - getattr(children_before, field) for field in ("ru_utime", "ru_stime"))
    return Measured(wall, peaks["tree"] / 1024, peaks["tree_at"], peaks["largest"] / 1024, cpu, process.returncode, output)


def copy_marker(copy: int) -> bytes:
    """A last line unique to one copy, so content hashing sees every copy as a new document."""
    tag = ""
    while True:
        copy, digit = divmod(copy, len(MARKER_LETTERS))
        tag = MARKER_LETTERS[digit] + tag
        if not copy:
            break
    return f"\n\nwirehouse benchmark copy {tag}\n".encode("ascii")


def scaled_corpus(source: Path, scale: int, into: Path) -> Path:
    """``scale`` copies of the corpus's *.txt files, copy N of a.txt at ``into/copy-N/a.txt``."""
    files = [(path.relative_to(source), path.read_bytes()) for path in sorted(source.rglob("*.txt")) if path.is_file()]
    for copy in range(1, scale + 1):
        marker = copy_marker(copy)
        for relative, raw in files:
            target = into / f"copy-{copy}" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(raw + marker)
    return into


def rate(amount: float, seconds: float) -> float | None:
    return round(amount / seconds, 3) if seconds > 0 else None


def warehouse_stats(db: Path) -> dict:
    """The last run's status and stage seconds, the tables' row counts and the raw text size."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        status, stage_seconds = con.execute("select status, stage_seconds from pipeline_runs order by started_at desc limit 1").fetchone()
        rows = {table: con.execute(f"select count(*) from {table}").fetchone()[0] for table in TABLES}
        raw_bytes = con.execute("select coalesce(sum(byte_size), 0) from documents").fetchone()[0]
    finally:
        con.close()
    return {"status": status, "stage_seconds": json.loads(stage_seconds) if stage_seconds else {}, "rows": rows,
            "raw_mb": raw_bytes / 1e6}


def stage_metrics(stage_seconds: dict, rows: dict, raw_mb: float) -> dict:
    """Seconds, MB/s of raw text and rows/s per stage (stage seconds are summed over batches)."""
    metrics = {}
    for stage in STAGES:
        seconds = stage_seconds.get(stage, 0.0)
        produced = sum(rows[table] for table in STAGE_TABLES.get(stage, rows))
        metrics[stage] = {"seconds": seconds, "mb_per_s": rate(raw_mb, seconds), "rows_per_s": rate(produced, seconds)}
    return metrics


def mart_metrics(stage_seconds: dict, wall_seconds: float) -> dict:
    """The marts' build (inside the load): seconds per step, in all, as a share of the run, and near-duplicates' part."""
    steps = {key.removeprefix("marts."): seconds for key, seconds in stage_seconds.items() if key.startswith("marts.")}
    total = stage_seconds.get("marts", 0.0)
    return {
        "seconds": total,
        "share_of_wall": round(total / wall_seconds, 4) if wall_seconds > 0 else None,
        "near_duplicate_seconds": round(sum(steps.get(step, 0.0) for step in NEAR_DUPLICATE_STEPS), 3),
        "steps": steps,
    }


def run_cli(label: str, inputs: Path, db: Path, *options: str) -> dict:
    """One `wirehouse run -q` measured, with what it left in the warehouse; raises RunFailed on an error exit."""
    print(f"[bench] {label}: wirehouse run {inputs} {' '.join(options)}", file=sys.stderr, flush=True)
    load_before = os.getloadavg()[0]
    measured = measure([str(WIREHOUSE), "run", str(inputs), "--db", str(db), "-q", *options])
    if measured.exit_code not in FINISHED_EXIT_CODES:
        raise RunFailed(f"{label}: wirehouse exited {measured.exit_code}:\n{measured.output[-3000:]}")
    stats = warehouse_stats(db)
    stage_seconds = stats["stage_seconds"]
    raw_mb = stats["raw_mb"]
    record = {
        "label": label,
        "options": list(options),
        "wall_seconds": round(measured.wall_seconds, 3),
        "peak_rss_mib": round(measured.peak_rss_mib, 1),
        "peak_at_seconds": round(measured.peak_at_seconds, 1),
        "largest_process_mib": round(measured.largest_process_mib, 1),
        "cpu_seconds": round(measured.cpu_seconds, 2),
        "exit_code": measured.exit_code,
        "status": stats["status"],
        "load_average_before": load_before,
        "raw_mb": round(raw_mb, 3),
        "rows": stats["rows"],
    }
    if stage_seconds:
        extraction_seconds = stage_seconds.get(EXTRACTION_STAGE, 0.0)
        extraction_rows = sum(stats["rows"][table] for table in STAGE_TABLES[EXTRACTION_STAGE])
        record |= {
            "mb_per_s_wall": rate(raw_mb, measured.wall_seconds),
            "stages": stage_metrics(stage_seconds, stats["rows"], raw_mb),
            "extraction": {"seconds": round(extraction_seconds, 3), "mb_per_s": rate(raw_mb, extraction_seconds),
                           "rows_per_s": rate(extraction_rows, extraction_seconds)},
            "marts": mart_metrics(stage_seconds, measured.wall_seconds),
            # Interpreter start, imports, the CLI's own plan, Prefect's server start and stop.
            "outside_stages_seconds": round(
                measured.wall_seconds - sum(stage_seconds.get(stage, 0.0) for stage in ("plan", "transform_wall", "load")), 3
            ),
        }
    print(f"[bench] {label}: {record['status']} in {record['wall_seconds']:.1f} s, peak RSS {record['peak_rss_mib']:.0f} MiB",
          file=sys.stderr, flush=True)
    return record
