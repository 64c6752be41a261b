"""Extraction (articles, paragraphs, quotes, figures) spread over the machine's cores.

The extractors are Python rules (compiled by mypyc) and hold the GIL, so in the
flow's process they use one core. Their work is independent per document: a
batch's documents are cut into parts of about equal text, helper processes
extract all parts but the first, and the flow's process extracts the first
meanwhile. One call per part does every transform, so a part crosses to a
helper and back once and waits at no barrier between two transforms; the rows
are those of one call on the whole batch.

Parts and their rows cross between processes as uncompressed Arrow IPC files in
shared memory (tmpfs; the temp folder when it is too small), not pickled through
the pool's pipes: a 4 MB part took 20-40 ms each way through a pipe with both
cores busy, against 5-10 ms through tmpfs.

Helpers use only cores that are idle: while the validation process checks a
batch, one helper fewer takes a part. On a run of many batches
validation is the slower stage, and a helper beside it would slow it down
(BBC x10 on two cores: 43.6-46.8 s without helpers, 47.9-48.1 s with one).
"""

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from flows.leftovers import SHARED_MEMORY, parts_prefix
from flows.memory import release_freed_memory
from flows.pause import pause_point
from flows.progress import advance
from flows.settings import settings
from flows.workers import WorkerProcesses, busy_elsewhere
from transforms.articles import segment, split_articles, split_paragraphs
from transforms.figures import extract_figures
from transforms.quotes import extract_quotes

# The files of a batch hold its text about this many times over: the parts, then the
# articles' and paragraphs' text and the quotes and figures beside them.
FILE_BYTES_PER_TEXT_BYTE = 4
TABLES = ("articles", "paragraphs", "quotes", "figures")
# A headline, a dateline, a quotation and figures: a line for every rule a batch meets first.
WARM_UP_TEXT = (
    "Aid arrives\n\nKYIV, Ukraine — About 2,389 children were evacuated on Monday.\n"
    "“We are working day and night,” said Jane Doe, the mayor. Follow us on X"
)


@dataclass
class Extracted:
    frames: dict[str, pl.DataFrame]  # per table of TABLES
    seconds: dict[str, float]  # per table: the time its transform took, summed over the processes that ran a part


def extract_tables(documents: pl.DataFrame) -> Extracted:
    """Articles, paragraphs, quotes and figures of ``documents``, each transform timed."""
    seconds: dict[str, float] = {}
    lap = time.perf_counter()

    def timed(table: str, frame: pl.DataFrame) -> pl.DataFrame:
        nonlocal lap
        now = time.perf_counter()
        seconds[table], lap = now - lap, now
        return frame

    segments = segment(documents)
    articles = timed("articles", split_articles(documents, segments))
    paragraphs = timed("paragraphs", split_paragraphs(segments))
    quotes = timed("quotes", extract_quotes(paragraphs))
    figures = timed("figures", extract_figures(paragraphs))
    return Extracted({"articles": articles, "paragraphs": paragraphs, "quotes": quotes, "figures": figures}, seconds)


def extracted_reporting(documents: pl.DataFrame) -> Extracted:
    """``extract_tables``, then the progress bar moves by the part's documents."""
    extracted = extract_tables(documents)
    advance("extracting", documents.height)
    return extracted


def combined(parts: list[Extracted]) -> Extracted:
    """The parts' rows in part order, and their seconds added up."""
    return Extracted(
        {table: pl.concat([part.frames[table] for part in parts]) for table in TABLES},
        {table: sum(part.seconds[table] for part in parts) for table in TABLES},
    )


def split_by_size(documents: pl.DataFrame, parts: int) -> list[pl.DataFrame]:
    """Cut ``documents`` into at most ``parts`` frames of about equal text, in ``document_id`` order.

    Every transform orders its rows by document, so the parts' rows, concatenated in
    part order, are in the order of one call on all the documents.
    """
    ordered = documents.sort("document_id")
    size = pl.col("text").str.len_bytes()
    total = max(int(ordered.select(size.sum()).item() or 0), 1)
    part = ((size.cum_sum() - size) * parts // total).clip(upper_bound=parts - 1)
    return ordered.with_columns(part=part).partition_by("part", maintain_order=True, include_key=False)


class ExtractionProcesses:
    """``helpers`` processes that extract parts of a batch beside the flow's process."""

    def __init__(self, helpers: int, min_part_bytes: int = settings.extraction_part_bytes) -> None:
        self.helpers = helpers
        self.min_part_bytes = min_part_bytes
        self.workers = WorkerProcesses(helpers, _warm_up)

    def extract(self, documents: pl.DataFrame) -> Extracted:
        idle_helpers = self.helpers - busy_elsewhere(self.workers)
        size = text_bytes(documents)
        parts = min(idle_helpers + 1, size // self.min_part_bytes)
        if parts < 2:
            return extracted_reporting(documents)
        first, *rest = split_by_size(documents.select("document_id", "text"), parts)
        scratch = scratch_folder(FILE_BYTES_PER_TEXT_BYTE * size)
        # Named after this process, so a run killed meanwhile leaves a folder the next run can judge.
        with tempfile.TemporaryDirectory(prefix=parts_prefix(), dir=scratch) as folder:
            futures = [
                self.workers.submit(_extract_part, write_frame(part, Path(folder) / f"part-{number}"))
                for number, part in enumerate(rest, start=1)
            ]
            for future, part in zip(futures, rest):
                future.add_done_callback(lambda _, files=part.height: advance("extracting", files))
            pause_point("extract")
            extracted = extracted_reporting(first)
            return combined([extracted, *(read_extracted(*result) for result in self.workers.results(futures))])


def scratch_folder(needed_bytes: int) -> Path:
    """Shared memory when it has room (a container's is often 64 MB), else the temp folder on disk."""
    try:
        if shutil.disk_usage(SHARED_MEMORY).free >= needed_bytes:
            return SHARED_MEMORY
    except OSError:  # no /dev/shm (macOS)
        pass
    return Path(tempfile.gettempdir())


def text_bytes(documents: pl.DataFrame) -> int:
    return int(documents["text"].str.len_bytes().sum() or 0)


def _warm_up() -> None:
    """Extract a small literal document when the helper starts, while it has nothing else to do.

    Unpickling this function imported this module and with it the transforms (the
    compiled build when current). Their first call in a process also compiles polars'
    regexes, which are cached per thread: paid here, not in the first batch.
    """
    extract_tables(pl.DataFrame({"document_id": ["warm-up"], "text": [WARM_UP_TEXT]}))


def _extract_part(part: Path) -> tuple[dict[str, Path], dict[str, float]]:
    """Extract the documents in ``part``'s file; the frames go back as files beside it."""
    extracted = extract_tables(pl.read_ipc(part))
    written = {table: write_frame(frame, part.with_name(f"{part.name}-{table}")) for table, frame in extracted.frames.items()}
    release_freed_memory()
    return written, extracted.seconds


def write_frame(frame: pl.DataFrame, path: Path) -> Path:
    frame.write_ipc(path, compression="uncompressed")
    return path


def read_extracted(written: dict[str, Path], seconds: dict[str, float]) -> Extracted:
    return Extracted({table: pl.read_ipc(path) for table, path in written.items()}, seconds)


_extraction_processes: ExtractionProcesses | None = None


def extraction_processes(helpers: int) -> ExtractionProcesses:
    """The process-wide ``ExtractionProcesses`` with ``helpers`` processes, started on first use."""
    global _extraction_processes
    if _extraction_processes is None or _extraction_processes.helpers != helpers:
        if _extraction_processes is not None:
            _extraction_processes.workers.pool.shutdown()
        _extraction_processes = ExtractionProcesses(helpers)
    return _extraction_processes


def extract(documents: pl.DataFrame, helpers: int) -> Extracted:
    """Every table of ``documents``, spread over ``helpers`` processes besides this one (none: here only).

    Too little text for two parts never starts the helpers.
    """
    if helpers < 1 or text_bytes(documents) < 2 * settings.extraction_part_bytes:
        pause_point("extract")
        return extracted_reporting(documents)
    return extraction_processes(helpers).extract(documents)
