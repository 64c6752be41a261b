"""Batch validation in a worker process of its own, started before it is needed.

In the flow's process, validation would share one GIL with the extraction
stages; in its own process it runs on another core. Great Expectations' slow
import (4-9 s) happens there as soon as the process starts, beside Prefect's
start-up, and once for every batch and run of the process.
"""

import importlib

import polars as pl

from expectations import ValidationOutcome, check_batch, split_batch
from expectations.runner import RuleOutcome
from flows.memory import release_freed_memory
from flows.pause import pause_point
from flows.settings import settings  # noqa: F401 - sets GX_ANALYTICS_ENABLED before the worker is spawned
from flows.workers import WorkerProcesses


class ValidationProcess:
    def __init__(self) -> None:
        self.worker = WorkerProcesses(1, _import_great_expectations)

    def validate(self, tables: dict[str, pl.DataFrame]) -> ValidationOutcome:
        """The suites' verdicts come from the worker; the rows are split here, where they are."""
        checking = self.worker.submit(_check, tables)
        pause_point("validate")
        [outcomes] = self.worker.results([checking])
        return split_batch(tables, outcomes)


def _import_great_expectations() -> None:
    """GX's import is slow: done when the worker starts, before the first batch."""
    importlib.import_module("great_expectations.expectations")


def _check(tables: dict[str, pl.DataFrame]) -> list[RuleOutcome]:
    outcomes = check_batch(tables)
    release_freed_memory()
    return outcomes


_validation_process: ValidationProcess | None = None


def validation_process() -> ValidationProcess:
    """The process-wide ``ValidationProcess``, started on first use."""
    global _validation_process
    if _validation_process is None:
        _validation_process = ValidationProcess()
    return _validation_process
