"""Benchmark wirehouse end to end (issue 7): the CLI on a corpus and its scaled copies, overheads, peers, targets.

`wirehouse run` runs as a user runs it, in a subprocess with a fresh warehouse
per scale: scale 1 is the corpus itself, cold and then an unchanged rerun; scale
N is N copies made unique by a marker line. Stage seconds come from the
warehouse's pipeline_runs, memory from the run's whole process tree. Also: local
Dask with 1 and 2 workers, Prefect's and GX's fixed costs, our figure and quote
extractors beside quantulum3 and textacy, and the sanity of the speaker column on
the corpus (``speaker_sanity``). Prints tables, writes JSON, and
always exits 0 once measured: a GAP is a finding, not a failure.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_overheads import measure_overheads  # noqa: E402
from bench_peers import compare_peers  # noqa: E402
from bench_report import check_targets, render  # noqa: E402
from bench_runs import RunFailed, run_cli, scaled_corpus  # noqa: E402
from speaker_sanity import sanity  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"
DEFAULT_JSON = REPO / "benchmarks" / "results" / "latest.json"
DEFAULT_PEER_PYTHON = REPO.parent / "peers-venv" / "bin" / "python"
# Small batches, so scale 1 (5 MB of BBC) splits into several for the workers to share.
DASK_BATCH_MB = 1.0


def scale_list(text: str) -> list[int]:
    scales = sorted({int(part) for part in text.split(",")})
    if scales[0] < 1:
        raise argparse.ArgumentTypeError("scales are positive integers, e.g. 1,10,50")
    return scales


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt news files")
    parser.add_argument("--scales", type=scale_list, default=[1, 10, 50], help="corpus copies per run (default 1,10,50)")
    parser.add_argument("--skip-dask", action="store_true", help="no Dask runs")
    parser.add_argument("--skip-peers", action="store_true", help="no quantulum3/textacy comparison")
    parser.add_argument("--quick", action="store_true", help="scale 1 only (smoke test)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"results file (default {DEFAULT_JSON.relative_to(REPO)})")
    parser.add_argument("--peer-python", type=Path, default=DEFAULT_PEER_PYTHON, help="interpreter with textacy and an English spaCy model")
    return parser.parse_args()


def describe_machine() -> dict:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": head + ("+dirty" if dirty else ""),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": os.getloadavg()[0],
    }


def scale_runs(corpus: Path, scales: list[int], scratch: Path) -> dict:
    """A cold run per scale on a fresh warehouse; at scale 1 also the unchanged rerun."""
    runs = {}
    for scale in scales:
        name = f"x{scale}"
        inputs = corpus if scale == 1 else scaled_corpus(corpus, scale, scratch / name)
        db = scratch / f"{name}.duckdb"
        runs[name] = run_cli(f"{name} cold", inputs, db)
        if scale == 1:
            runs["x1_rerun"] = run_cli("x1 unchanged rerun", inputs, db)
        else:
            shutil.rmtree(inputs)
    return runs


def dask_runs(corpus: Path, scratch: Path) -> tuple[dict, dict]:
    """Scale 1 on local Dask with 1 then 2 worker processes; the runs and the speedup."""
    runs = {
        f"dask_w{workers}": run_cli(
            f"dask {workers}w, {DASK_BATCH_MB:g} MB batches", corpus, scratch / f"dask_w{workers}.duckdb",
            "--runner", "dask", "--workers", str(workers), "--batch-mb", f"{DASK_BATCH_MB:g}",
        )
        for workers in (1, 2)
    }
    one, two = runs["dask_w1"], runs["dask_w2"]
    speedup = {
        "wall": round(one["wall_seconds"] / two["wall_seconds"], 2),
        "transform_wall": round(one["stages"]["transform_wall"]["seconds"] / two["stages"]["transform_wall"]["seconds"], 2),
    }
    return runs, {"batch_mb": DASK_BATCH_MB, "speedup": speedup}


def main() -> int:
    arguments = parse_arguments()
    corpus = arguments.corpus.resolve()
    if not corpus.is_dir():
        print(f"skipped: corpus not found ({corpus})")
        return 0
    scales = [1] if arguments.quick else arguments.scales
    results = {
        "meta": describe_machine(),
        "options": {"corpus": str(corpus), "scales": scales, "skip_dask": arguments.skip_dask, "skip_peers": arguments.skip_peers},
    }
    with tempfile.TemporaryDirectory(prefix="wirehouse-bench-") as scratch:
        try:
            results["runs"] = scale_runs(corpus, scales, Path(scratch))
            if 1 in scales:  # what analysts see in the speaker column of the corpus itself
                results["speakers"] = sanity(Path(scratch) / "x1.duckdb")
            if not arguments.skip_dask:
                dask, results["dask"] = dask_runs(corpus, Path(scratch))
                results["runs"] |= dask
        except RunFailed as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    results["overheads"] = measure_overheads()
    if not arguments.skip_peers:
        results["peers"] = compare_peers(corpus, arguments.peer_python)
    results["targets"] = check_targets(results)
    arguments.json.parent.mkdir(parents=True, exist_ok=True)
    arguments.json.write_text(json.dumps(results, indent=2) + "\n")
    render(results)
    print(f"results: {arguments.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
