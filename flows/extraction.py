"""Quote and figure extraction spread over the machine's cores.

The extractors are Python rules (compiled by mypyc) and hold the GIL, so in the
flow's process they use one core. Their work is independent per document: a
batch's paragraphs are cut at document boundaries into parts of about equal
text, helper processes extract all parts but the first, and the flow's process
extracts the first meanwhile. The rows are those of one call on the whole batch.

Helpers use only cores that are idle: while the validation process checks a
batch (or imports GX), one helper fewer takes a part. On a run of many batches
validation is the slower stage, and a helper beside it would slow it down
(BBC x10 on two cores: 43.6-46.8 s without helpers, 47.9-48.1 s with one).
"""

import importlib
from collections.abc import Callable

import polars as pl

from flows.memory import release_freed_memory
from flows.settings import settings
from flows.workers import WorkerProcesses, busy_elsewhere

Extractor = Callable[[pl.DataFrame], pl.DataFrame]


def split_by_document(paragraphs: pl.DataFrame, parts: int) -> list[pl.DataFrame]:
    """Cut ``paragraphs`` into at most ``parts`` frames of whole documents with about equal text, in row order."""
    sizes = paragraphs.group_by("document_id", maintain_order=True).agg(size=pl.col("text").str.len_bytes().sum())
    total = max(int(sizes["size"].sum()), 1)
    part_of = sizes.select(
        "document_id", part=((pl.col("size").cum_sum() - pl.col("size")) * parts // total).clip(upper_bound=parts - 1)
    )
    tagged = paragraphs.join(part_of, on="document_id", how="left", maintain_order="left")
    return tagged.partition_by("part", maintain_order=True, include_key=False)


class ExtractionProcesses:
    """``helpers`` processes that extract parts of a batch beside the flow's process."""

    def __init__(self, helpers: int, min_part_bytes: int = settings.extraction_part_bytes) -> None:
        self.helpers = helpers
        self.min_part_bytes = min_part_bytes
        self.workers = WorkerProcesses(helpers, _import_extractors)

    def extract(self, extractor: Extractor, paragraphs: pl.DataFrame) -> pl.DataFrame:
        idle_helpers = self.helpers - busy_elsewhere(self.workers)
        parts = min(idle_helpers + 1, text_bytes(paragraphs) // self.min_part_bytes)
        if parts < 2:
            return extractor(paragraphs)
        first, *rest = split_by_document(paragraphs, parts)
        futures = [self.workers.submit(_extract_part, extractor, part) for part in rest]
        extracted = extractor(first)
        return pl.concat([extracted, *self.workers.results(futures)])


def text_bytes(paragraphs: pl.DataFrame) -> int:
    return int(paragraphs["text"].str.len_bytes().sum() or 0)


def _import_extractors() -> None:
    """Imported when the helper starts (the compiled build when current), not at its first batch."""
    for module in ("transforms.quotes", "transforms.figures"):
        importlib.import_module(module)


def _extract_part(extractor: Extractor, paragraphs: pl.DataFrame) -> pl.DataFrame:
    extracted = extractor(paragraphs)
    release_freed_memory()
    return extracted


_extraction_processes: ExtractionProcesses | None = None


def extraction_processes(helpers: int) -> ExtractionProcesses:
    """The process-wide ``ExtractionProcesses`` with ``helpers`` processes, started on first use."""
    global _extraction_processes
    if _extraction_processes is None or _extraction_processes.helpers != helpers:
        if _extraction_processes is not None:
            _extraction_processes.workers.pool.shutdown()
        _extraction_processes = ExtractionProcesses(helpers)
    return _extraction_processes


def extract(extractor: Extractor, paragraphs: pl.DataFrame, helpers: int) -> pl.DataFrame:
    """``extractor`` on ``paragraphs``, spread over ``helpers`` processes besides this one (none: here only).

    Too little text for two parts never starts the helpers.
    """
    if helpers < 1 or text_bytes(paragraphs) < 2 * settings.extraction_part_bytes:
        return extractor(paragraphs)
    return extraction_processes(helpers).extract(extractor, paragraphs)
