"""A file with no line end against normal text of the same size: `wirehouse run` and `wirehouse check`, MB/s each.

The long line is the corpus's texts with their whitespace collapsed, joined by
spaces and repeated to ``--mb`` megabytes; the normal input is as many unique
copies of the corpus as make about the same size. Runs alternate (long, normal,
long, normal, ...) so a busy host slows both alike; the fastest of each is kept.
Without the corpus it prints ``skipped: corpus not found`` and exits 0.
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_runs import WIREHOUSE, measure, run_cli, scaled_corpus  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"


def long_line(corpus: Path, megabytes: float, into: Path) -> Path:
    texts = [" ".join(path.read_bytes().decode("utf-8", "replace").split()) for path in sorted(corpus.rglob("*.txt"))]
    line = " ".join(texts).encode()
    size = int(megabytes * 1_000_000)
    data = (line + b" ") * (size // (len(line) + 1) + 1)
    into.mkdir(parents=True)
    (into / "one-line.txt").write_bytes(data[:size].decode("utf-8", "ignore").encode())
    return into


def timed(label: str, inputs: Path, db: Path) -> dict:
    db.unlink(missing_ok=True)
    run = run_cli(label, inputs, db)
    check = measure([str(WIREHOUSE), "check", "--db", str(db), "--docs", str(db.parent / f"{db.stem}-docs")])
    return {"run_seconds": run["wall_seconds"], "check_seconds": round(check.wall_seconds, 2), "raw_mb": run["raw_mb"],
            "peak_rss_mib": run["peak_rss_mib"], "stages": run.get("stages"), "check_exit": check.exit_code}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mb", type=float, default=50.0, help="size of the long line (default 50)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each input, alternating (default 2)")
    arguments = parser.parse_args()
    if not arguments.corpus.exists():
        print("skipped: corpus not found")
        return
    corpus_mb = sum(path.stat().st_size for path in arguments.corpus.rglob("*.txt")) / 1_000_000
    with tempfile.TemporaryDirectory(prefix="wirehouse-long-line-") as scratch:
        scratch = Path(scratch)
        inputs = {
            "long line": long_line(arguments.corpus, arguments.mb, scratch / "long"),
            "normal text": scaled_corpus(arguments.corpus, max(round(arguments.mb / corpus_mb), 1), scratch / "normal"),
        }
        results: dict[str, list[dict]] = {label: [] for label in inputs}
        for attempt in range(arguments.repeat):
            for label, folder in inputs.items():
                results[label].append(timed(f"{label} #{attempt + 1}", folder, scratch / f"{label.replace(' ', '-')}.duckdb"))
    best = {label: min(runs, key=lambda run: run["run_seconds"]) for label, runs in results.items()}
    print(f"{'input':<12} {'MB':>6} {'run s':>7} {'run MB/s':>9} {'check s':>8} {'check MB/s':>10} {'peak RSS MiB':>13}")
    for label, run in best.items():
        print(f"{label:<12} {run['raw_mb']:>6.1f} {run['run_seconds']:>7.1f} {run['raw_mb'] / run['run_seconds']:>9.2f} "
              f"{run['check_seconds']:>8.1f} {run['raw_mb'] / run['check_seconds']:>10.2f} {run['peak_rss_mib']:>13.0f}")
    long, normal = best["long line"], best["normal text"]
    ratio_run = (normal["raw_mb"] / normal["run_seconds"]) / (long["raw_mb"] / long["run_seconds"])
    ratio_check = (normal["raw_mb"] / normal["check_seconds"]) / (long["raw_mb"] / long["check_seconds"])
    print(f"normal text's MB/s over the long line's: run {ratio_run:.2f}x, check {ratio_check:.2f}x (target <= 2x)")
    print(json.dumps(results, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
