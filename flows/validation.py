"""Batch validation in a worker process of its own, started before it is needed.

In the flow's process, validation would share one GIL with the extraction
threads; in its own process it runs on another core. Great Expectations' slow
import (4-9 s) happens there as soon as the process starts, beside Prefect's
start-up, and once for every batch and run of the process.
"""

import importlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import polars as pl

from expectations import ValidationOutcome, validate_batch
from flows.memory import release_freed_memory
from flows.settings import settings  # noqa: F401 - sets GX_ANALYTICS_ENABLED before the worker is spawned


class ValidationProcess:
    def __init__(self) -> None:
        self.pool = self._start()

    @staticmethod
    def _start() -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_import_great_expectations)
        pool.submit(int)  # start the process (and its import) now
        return pool

    def validate(self, tables: dict[str, pl.DataFrame]) -> ValidationOutcome:
        try:
            return self.pool.submit(_validate, tables).result()
        except BrokenProcessPool:
            self.pool = self._start()  # the batch fails; the next one (or run) gets a new process
            raise


def _import_great_expectations() -> None:
    importlib.import_module("great_expectations.expectations")


def _validate(tables: dict[str, pl.DataFrame]) -> ValidationOutcome:
    outcome = validate_batch(tables)
    release_freed_memory()
    return outcome


_validation_process: ValidationProcess | None = None


def validation_process() -> ValidationProcess:
    """The process-wide ``ValidationProcess``, started on first use."""
    global _validation_process
    if _validation_process is None:
        _validation_process = ValidationProcess()
    return _validation_process
