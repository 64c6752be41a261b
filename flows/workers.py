"""Worker processes of a run, spawned before they are needed and reused for every batch.

A stage in the flow's process shares one GIL with every other stage; in a
process of its own it runs on another core. A worker is spawned (never forked:
the flow's process holds polars' and Prefect's threads), imports what it needs
in its initializer, beside Prefect's start-up, and skips the interpreter's
teardown when it exits.
"""

import atexit
import multiprocessing
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from flows.memory import exit_without_teardown, freeze_imported_objects


class WorkerProcesses:
    """A spawned pool of ``count`` processes; one that dies fails its call and the pool restarts."""

    def __init__(self, count: int, initializer: Callable[[], None]) -> None:
        self.count = count
        self.initializer = initializer
        self.pending: set[Future] = set()  # calls not yet finished (the start-up imports are no call)
        self.pool = self._start()
        _pools.add(self)

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            max_workers=self.count, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(self.initializer,),
        )
        for _ in range(self.count):
            pool.submit(int)  # start the processes (and their imports) now
        return pool

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """Queue a call; a pool already known to be broken fails it and restarts, as ``results`` does."""
        try:
            return self._track(self.pool.submit(function, *args))
        except BrokenProcessPool:
            self.pool = self._start()
            raise

    def _track(self, future: Future) -> Future:
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)
        return future

    def busy(self) -> int:
        """How many of the processes are working on calls.

        A process still importing is not counted: its import is over soon and runs once,
        and another pool waiting for it (the extraction helpers for GX's 3-9 s import, on
        a cold run whose Prefect server started as fast) would leave a core idle after it.
        """
        return min(len(self.pending), self.count)

    def results(self, futures: list[Future]) -> list[Any]:
        """Wait for ``futures`` of this pool; a dead worker fails the call, and the next call gets new processes."""
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            self.pool = self._start()
            raise


_pools: "weakref.WeakSet[WorkerProcesses]" = weakref.WeakSet()


def busy_elsewhere(pool: WorkerProcesses) -> int:
    """Worker processes of other pools that are working: cores ``pool`` should leave to them."""
    return sum(other.busy() for other in list(_pools) if other is not pool)


def _start_worker(initializer: Callable[[], None]) -> None:
    atexit.register(exit_without_teardown)  # first registered, so it runs after the imports' own exit hooks
    initializer()
    freeze_imported_objects()
