"""One run at a time per warehouse: ``<warehouse>.lock`` beside it, held with ``flock``.

DuckDB lets one process write a file, but a run writes only at its end (the load)
and plans at its start: two runs at once would both plan the same new files and the
second load would find them loaded. A run therefore holds the warehouse's run lock
from before it plans until after its load, and a second run waits for it (up to
``WIREHOUSE_LOCK_WAIT_SECONDS``), then plans against what the first one loaded. Past
the wait it ends with one line naming the holder's pid, which the lock file holds.

The lock is released by the kernel when its holder dies, however it dies, so a
stale lock file never blocks a run. Once it holds the lock, a run removes what dead
runs left behind (``flows.leftovers``). The lock is re-entrant within a process:
the CLI takes it before it plans, and the flow it then runs takes it again.
"""

import errno
import fcntl
import logging
import os
import time
from pathlib import Path

from warehouse.io import WarehouseLocked

POLL_SECONDS = 0.2
UNWRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
NO_DESCRIPTOR = -1

_held: dict[Path, tuple[int, int]] = {}  # lock file -> (descriptor, depth)


def lock_file(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


class RunLock:
    """``with RunLock(db):`` waits for any other run on ``db``, then clears dead runs' leftovers."""

    def __init__(self, db: Path, wait_seconds: float | None = None) -> None:
        from flows.settings import settings

        self.db = db
        self.path = lock_file(db).absolute()
        self.wait_seconds = settings.lock_wait_seconds if wait_seconds is None else wait_seconds

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> "RunLock":
        if self.path in _held:
            descriptor, depth = _held[self.path]
            _held[self.path] = (descriptor, depth + 1)
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            if error.errno not in UNWRITABLE:
                raise
            # No run can write beside this warehouse: the run ends at its first write, with that line.
            _held[self.path] = (NO_DESCRIPTOR, 1)
            return self
        try:
            self._wait_for(descriptor)
        except BaseException:
            os.close(descriptor)
            raise
        try:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        except OSError:  # a full disk: the pid is only for the waiting run's message
            pass
        _held[self.path] = (descriptor, 1)
        from flows.leftovers import remove_stale_leftovers

        remove_stale_leftovers(self.db)
        return self

    def _wait_for(self, descriptor: int) -> None:
        deadline = time.monotonic() + self.wait_seconds
        told = False
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            if time.monotonic() >= deadline:
                raise WarehouseLocked(f"warehouse {self.db} is locked by another run{_holder(self.path)}")
            if not told:
                logging.getLogger("wirehouse").warning(
                    "warehouse %s is in use by another run%s: waiting for it (up to %.0f s)", self.db, _holder(self.path), self.wait_seconds,
                )
                told = True
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        descriptor, depth = _held[self.path]
        if depth > 1:
            _held[self.path] = (descriptor, depth - 1)
            return
        del _held[self.path]
        if descriptor != NO_DESCRIPTOR:
            os.close(descriptor)  # closing releases the flock
