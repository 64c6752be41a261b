"""CPU time of the figures stage alone on a whole corpus, and its figures by category.

Every ``*.txt`` of the corpus is decoded and segmented by the pipeline's own
transforms, then ``extract_figures`` runs on all paragraphs ``--repeats`` times;
the least CPU time counts, so other jobs on a shared machine do not. ``--save``
writes the figures as Parquet (with their file's path in the corpus, ``source``), to compare two versions of the rules figure by figure.

    .venv/bin/python benchmarks/bench_figures.py --corpus ../shared/corpora/bbc --save /tmp/figures.parquet
"""

import argparse
import sys
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_peers import cpu_seconds  # noqa: E402
from transforms.articles import segment, split_paragraphs  # noqa: E402
from transforms.figures import extract_figures  # noqa: E402
from transforms.ingest import decode_documents  # noqa: E402


def corpus_paragraphs(corpus: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The distinct documents of a corpus, and their paragraphs."""
    raw = [{"source_path": str(path), "raw": path.read_bytes()} for path in sorted(corpus.rglob("*.txt")) if path.is_file()]
    documents = decode_documents(pl.DataFrame(raw, schema={"source_path": pl.String, "raw": pl.Binary})).documents
    documents = documents.unique("document_id", keep="first", maintain_order=True)
    return documents, split_paragraphs(segment(documents))


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--corpus", type=Path, required=True)
    arguments.add_argument("--repeats", type=int, default=3)
    arguments.add_argument("--save", type=Path, help="write the figures to this Parquet file")
    options = arguments.parse_args()
    if not options.corpus.is_dir():
        sys.exit(f"error: no corpus folder at {options.corpus}")
    documents, paragraphs = corpus_paragraphs(options.corpus)
    kilobytes = documents["byte_size"].sum() / 1000
    figures = extract_figures(paragraphs)
    seconds = cpu_seconds(lambda: extract_figures(paragraphs), options.repeats)
    print(f"{len(paragraphs)} paragraphs, {kilobytes:.0f} KB: extract_figures {seconds:.3f} CPU s ({kilobytes / seconds / 1000:.2f} MB/s), {len(figures)} figures")
    for category, count in figures.group_by("category").len().sort("len", descending=True).iter_rows():
        print(f"  {category:<10} {count:>6}")
    if options.save:
        sources = documents.select("document_id", source=pl.col("source_path").str.strip_prefix(f"{options.corpus}/"))
        figures.join(sources, on="document_id", how="left").write_parquet(options.save)


if __name__ == "__main__":
    main()
