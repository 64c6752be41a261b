"""Worker processes of a run, spawned before they are needed and reused for every batch.

A stage in the flow's process shares one GIL with every other stage; in a
process of its own it runs on another core. A worker is spawned (never forked:
the flow's process holds polars' and Prefect's threads), imports what it needs
in its initializer, beside Prefect's start-up, and skips the interpreter's
teardown when it exits.

A worker leaves the terminal's process group as it starts and ignores SIGINT:
Ctrl-C and a SIGTERM to the group reach the CLI alone, which stops its workers
itself (``flows.interrupts``). Until then (the interpreter's start and the imports
of the call's module) the terminal's signals stay blocked, as the spawning thread
blocks them. A worker whose parent is gone (``kill -9`` of the CLI) exits within
``PARENT_POLL_SECONDS``. The pools' queue semaphores are named after the process
that made them, so the next run can remove those of a run killed with its
resource tracker (``flows.leftovers``).

In a process that multiprocessing started (Prefect's runner starts each served run
in one), the pools' processes are killed as it ends: its exit joins its child
processes before the pools' own exit hook tells them to stop, so it would wait for
idle workers for ever. By then the run is over and its calls have returned.
"""

import atexit
import multiprocessing
import os
import signal
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing import resource_tracker, util as multiprocessing_util
from typing import Any

from flows import interrupts
from flows.leftovers import semaphore_prefix
from flows.memory import exit_without_teardown, freeze_imported_objects

PARENT_POLL_SECONDS = 0.5


class WorkerProcesses:
    """A spawned pool of ``count`` processes; one that dies fails its call and the pool restarts."""

    def __init__(self, count: int, initializer: Callable[[], None]) -> None:
        self.count = count
        self.initializer = initializer
        self.pending: set[Future] = set()  # calls not yet finished (the start-up imports are no call)
        self.pool = self._start()
        _pools.add(self)
        _kill_at_exit_of_a_spawned_process()

    def _start(self) -> ProcessPoolExecutor:
        # multiprocessing names a semaphore <semprefix>-<random>, from this process-wide setting ("/mp").
        multiprocessing.current_process()._config["semprefix"] = semaphore_prefix()
        pool = ProcessPoolExecutor(
            max_workers=self.count, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(self.initializer, os.getpid()),
        )
        with terminal_signals_blocked():
            for _ in range(self.count):
                pool.submit(int)  # start the processes (and their imports) now
        return pool

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        """Queue a call; a pool already known to be broken fails it and restarts, as ``results`` does."""
        if self.pool is None:  # killed
            self.pool = self._start()
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
        except BrokenProcessPool as error:
            interrupts.raise_if_stopping(error)  # killed by a stop, not dead of its own
            self.pool = self._start()
            raise

    def kill(self) -> None:
        """Kill the processes now: calls in progress fail, and the next call starts new processes."""
        pool, self.pool = self.pool, None
        if pool is not None:
            # No public way to kill a pool's processes before Python 3.14 (``kill_workers``).
            for process in list((pool._processes or {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)


_pools: "weakref.WeakSet[WorkerProcesses]" = weakref.WeakSet()


def kill_all() -> None:
    """Kill every pool's processes (an interrupted run: what they work on is not wanted)."""
    for pool in list(_pools):
        pool.kill()


_killed_at_exit: multiprocessing_util.Finalize | None = None


def _kill_at_exit_of_a_spawned_process() -> None:
    """In a process multiprocessing started, kill every pool first thing at its exit (see the module's docstring).

    Elsewhere (the CLI, a test's process) the pools stop as Python exits, and live on between runs.
    """
    global _killed_at_exit
    if _killed_at_exit is None and multiprocessing.parent_process() is not None:
        _killed_at_exit = multiprocessing_util.Finalize(None, kill_all, exitpriority=0)


def busy_elsewhere(pool: WorkerProcesses) -> int:
    """Worker processes of other pools that are working: cores ``pool`` should leave to them."""
    return sum(other.busy() for other in list(_pools) if other is not pool)


@contextmanager
def terminal_signals_blocked():
    """Block SIGINT and SIGTERM in this thread: processes it spawns start with them blocked.

    The multiprocessing resource tracker is started first: starting it unblocks them.
    """
    resource_tracker.ensure_running()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, interrupts.SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker(initializer: Callable[[], None], parent_pid: int) -> None:
    os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C that came while blocked is dropped
    # SIGTERM keeps its default: the pool terminates the others when one dies.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, interrupts.SIGNALS)
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True, name="wirehouse-parent-watch").start()
    atexit.register(exit_without_teardown)  # first registered, so it runs after the imports' own exit hooks
    initializer()
    freeze_imported_objects()


def _exit_when_orphaned(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
