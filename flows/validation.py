"""Batch validation in a worker process of its own, started before it is needed.

In the flow's process, validation would share one GIL with the extraction
threads; in its own process it runs on another core. Great Expectations' slow
import (4-9 s) happens there as soon as the process starts, beside Prefect's
start-up, and once for every batch and run of the process.
"""

import atexit
import importlib
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import polars as pl

from expectations import ValidationOutcome, check_batch, split_batch
from expectations.runner import RuleOutcome
from flows.memory import release_freed_memory
from flows.settings import settings  # noqa: F401 - sets GX_ANALYTICS_ENABLED before the worker is spawned


class ValidationProcess:
    def __init__(self) -> None:
        self.pool = self._start()

    @staticmethod
    def _start() -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker)
        pool.submit(int)  # start the process (and its import) now
        return pool

    def validate(self, tables: dict[str, pl.DataFrame]) -> ValidationOutcome:
        """The suites' verdicts come from the worker; the rows are split here, where they are."""
        try:
            outcomes = self.pool.submit(_check, tables).result()
        except BrokenProcessPool:
            self.pool = self._start()  # the batch fails; the next one (or run) gets a new process
            raise
        return split_batch(tables, outcomes)


def _start_worker() -> None:
    """The worker's initializer: exit without teardown, then import GX (slow) before the first batch."""
    atexit.register(_exit_without_teardown)  # first registered, so it runs after GX's own exit hooks
    importlib.import_module("great_expectations.expectations")


def _exit_without_teardown() -> None:
    """Skip the interpreter's teardown: freeing GX and a batch's heap object by object took 0.95 s
    of every run's exit, and the worker holds nothing to save but its standard streams."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


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
