"""Score the article text of an HTML run on the Article Extraction Benchmark, beside trafilatura's own.

The corpus (``../shared/corpora/article-extraction``: gzipped pages and
``ground-truth.json`` with each page's ``articleBody``) is scored as the
benchmark's evaluation does: the text is cut into ``\\w+`` tokens, each text
into its 4-token shingles (counted with repeats), and true positives, false
positives and false negatives are normalised per page so long pages weigh no
more than short ones; precision and recall are the means over pages (pages
with no predicted shingle count only for recall), F1 is taken from the two means.

Ours is ``documents.text`` of ``wirehouse run`` on the pages (the CLI and the
warehouse, as a user gets it), and the same text without the paragraphs flagged
``is_boilerplate``. trafilatura's own output is ``trafilatura.extract`` with the
benchmark's settings (comments left out), on the same pages in-process.
Pages per second: ours from the run's ingest stage (reading, decoding and
extraction; the flow's other stages are the pipeline's, not extraction's),
trafilatura's over its calls.
"""

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "article-extraction"
SHINGLE = 4
TOKEN = re.compile(r"\w+")


def shingles(text: str | None) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens[i:i + SHINGLE])


def page_counts(gold: str, predicted: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) over the page's shingles, normalised to sum to 1."""
    truth, guess = shingles(gold), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other: float) -> float:
    if miss == other == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0


def scores(gold: dict[str, str], predicted: dict[str, str | None]) -> dict[str, float]:
    counts = [page_counts(gold[key], predicted.get(key)) for key in gold]
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall), "pages": len(counts)}


def run_ours(pages: Path, db: Path) -> tuple[dict[str, str], dict[str, str], float, float]:
    """documents.text per page key, the same without boilerplate paragraphs, ingest seconds and the run's wall seconds."""
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "wirehouse"), "run", str(pages), "--db", str(db), "--quiet"], check=True, capture_output=True)
    wall = time.perf_counter() - started
    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = dict(con.sql("select regexp_replace(file_name, '\\.html(\\.gz)?$', ''), text from documents").fetchall())
        kept = dict(con.sql(
            """select regexp_replace(d.file_name, '\\.html(\\.gz)?$', ''), string_agg(p.text, chr(10) order by p.start_char)
               from documents d join paragraphs p using (document_id) where not p.is_boilerplate group by d.file_name"""
        ).fetchall())
        stage_seconds = json.loads(con.sql("select stage_seconds from pipeline_runs order by started_at desc limit 1").fetchall()[0][0])
    finally:
        con.close()
    return texts, kept, stage_seconds["ingest"], wall


def run_trafilatura(pages: Path) -> tuple[dict[str, str | None], float]:
    import trafilatura

    html = {path.name.split(".")[0]: gzip.decompress(path.read_bytes()).decode("utf-8") for path in sorted(pages.glob("*.html.gz"))}
    started = time.perf_counter()
    output = {key: trafilatura.extract(page, include_comments=False) for key, page in html.items()}
    return output, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="Also write the scores here.")
    args = parser.parse_args()
    if not (args.corpus / "ground-truth.json").exists():
        print("skipped: corpus not found")
        return 0
    gold = {key: value.get("articleBody", "") for key, value in json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8")).items()}
    with tempfile.TemporaryDirectory() as folder:
        texts, kept, ingest_seconds, wall = run_ours(args.corpus / "html", Path(folder) / "pages.duckdb")
    peer, peer_seconds = run_trafilatura(args.corpus / "html")
    results = {
        "ours": {**scores(gold, texts), "pages_per_second": len(texts) / ingest_seconds, "run_seconds": wall},
        "ours_without_boilerplate": scores(gold, kept),
        "trafilatura": {**scores(gold, peer), "pages_per_second": len(peer) / peer_seconds},
    }
    missing = sorted(set(gold) - set(texts))
    print(f"{'':28} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    for name, row in results.items():
        rate = f"{row['pages_per_second']:8.1f}" if "pages_per_second" in row else ""
        print(f"{name:28} {row['precision']:9.3f} {row['recall']:7.3f} {row['f1']:6.3f} {rate}")
    print(f"{len(texts)} of {len(gold)} pages became documents ({', '.join(missing) or 'none missing'}); run {wall:.1f} s end to end")
    if args.json:
        args.json.write_text(json.dumps({**results, "missing": missing}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
