"""Our extractors beside peers on the same texts: figures vs quantulum3, quotes vs textacy.

The sample is a fixed, seeded choice of whole corpus files of about 300 KB
(quantulum3 manages ~19 KB/s), decoded and segmented by the pipeline's own
transforms. Throughput is KB of raw text per CPU second, so other jobs on a
shared machine do not count against either side. Ours is fast enough to time
the best of three; the peers run once, after a warm-up call.
"""

import json
import random
import subprocess
import sys
import time
import warnings
from pathlib import Path

import polars as pl

from transforms.articles import segment, split_paragraphs
from transforms.figures import extract_figures
from transforms.ingest import decode_documents
from transforms.quotes import extract_quotes

SAMPLE_BYTES = 300_000
SAMPLE_SEED = 7
OUR_REPEATS = 3
TEXTACY_QUOTES = Path(__file__).resolve().parent / "bench_textacy_quotes.py"


def sample_documents(corpus: Path) -> pl.DataFrame:
    """Seeded random corpus files until about SAMPLE_BYTES, as the pipeline's documents frame."""
    files = sorted(path for path in corpus.rglob("*.txt") if path.is_file())
    random.Random(SAMPLE_SEED).shuffle(files)
    raw, size = [], 0
    for path in files:
        if size >= SAMPLE_BYTES:
            break
        data = path.read_bytes()
        raw.append({"source_path": str(path), "raw": data})
        size += len(data)
    documents = decode_documents(pl.DataFrame(raw, schema={"source_path": pl.String, "raw": pl.Binary})).documents
    return documents


def cpu_seconds(action, repeats: int = 1) -> float:
    """Least CPU time of ``repeats`` calls."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def throughput(kilobytes: float, seconds: float) -> dict:
    return {"cpu_seconds": round(seconds, 3), "kb_per_s": round(kilobytes / seconds, 1)}


def figures_vs_quantulum(paragraphs: pl.DataFrame, kilobytes: float) -> dict:
    """quantulum3 as installed here: without its optional unit classifier (scikit-learn is not installed)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Classifier dependencies not installed")
        from quantulum3 import parser

    texts = paragraphs["text"].to_list()
    parser.parse("Warm-up: the 3 km road cost $4 million.")  # the first call loads quantulum3's unit tables
    ours = throughput(kilobytes, cpu_seconds(lambda: extract_figures(paragraphs), OUR_REPEATS))
    quantulum = throughput(kilobytes, cpu_seconds(lambda: [parser.parse(text) for text in texts]))
    return {"ours": ours, "quantulum3": quantulum, "ratio": round(ours["kb_per_s"] / quantulum["kb_per_s"], 1)}


def quotes_vs_textacy(documents: pl.DataFrame, paragraphs: pl.DataFrame, kilobytes: float, peer_python: Path) -> dict:
    """textacy runs in its own venv (spaCy's dependencies clash with ours); 'not available' when it cannot."""
    ours = throughput(kilobytes, cpu_seconds(lambda: extract_quotes(paragraphs), OUR_REPEATS))
    if not peer_python.exists():
        return {"ours": ours, "textacy": f"not available: no interpreter at {peer_python}"}
    texts = dict(zip(documents["document_id"], documents["text"]))
    peer = subprocess.run([str(peer_python), str(TEXTACY_QUOTES)], input=json.dumps(texts), capture_output=True, text=True)
    if peer.returncode != 0:
        reason = (peer.stderr.strip().splitlines() or ["exit code %d" % peer.returncode])[-1]
        return {"ours": ours, "textacy": f"not available: {reason}"}
    timing = json.loads(peer.stdout)
    textacy = {**throughput(kilobytes, timing.pop("seconds")), **timing}
    return {"ours": ours, "textacy": textacy, "ratio": round(ours["kb_per_s"] / textacy["kb_per_s"], 1)}


def compare_peers(corpus: Path, peer_python: Path) -> dict:
    print("[bench] peers: figures vs quantulum3, quotes vs textacy", file=sys.stderr, flush=True)
    documents = sample_documents(corpus)
    paragraphs = split_paragraphs(segment(documents))
    kilobytes = documents["byte_size"].sum() / 1000
    return {
        "sample": {"documents": len(documents), "paragraphs": len(paragraphs), "kb": round(kilobytes, 1)},
        "figures": figures_vs_quantulum(paragraphs, kilobytes),
        "quotes": quotes_vs_textacy(documents, paragraphs, kilobytes, peer_python),
    }
