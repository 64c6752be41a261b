"""What a run that died (``kill -9``, a power cut) leaves behind, and its removal by the next run.

A run writes three kinds of files that outlive it only if it dies:

- its staging folder ``.staging/<run_id>/`` beside the warehouse, whose ``owner`` file
  the run keeps locked (``flows.staging``): a folder whose lock can be taken belongs
  to a run that no longer lives;
- extraction parts in shared memory (or the temp folder), in folders named
  ``wirehouse-extract-<pid>-*`` after the process that made them;
- the named semaphores of its worker pools' queues, ``/dev/shm/sem.mp-wirehouse-<pid>-*``
  (``flows.workers`` names them after the process): the multiprocessing resource
  tracker removes them when the run's processes end, unless it was killed with them.

A run removes the ones whose owner is gone before it starts (holding the warehouse's
run lock), and never those of a process that still runs. A pid reused by an unrelated
process only keeps a leftover until that process ends.
"""

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

SHARED_MEMORY = Path("/dev/shm")
PARTS_PREFIX = "wirehouse-extract-"
SEMAPHORE_PREFIX = "mp-wirehouse-"  # multiprocessing's names are /mp-<random>; ours carry the pid


def parts_prefix() -> str:
    """The name prefix of this process's extraction part folders."""
    return f"{PARTS_PREFIX}{os.getpid()}-"


def semaphore_prefix() -> str:
    """multiprocessing's ``semprefix`` for this process's semaphores."""
    return f"/{SEMAPHORE_PREFIX}{os.getpid()}"


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_pid(name: str, prefix: str) -> int | None:
    """The pid in ``<prefix><pid>-<random>``; None for a name that is not ours."""
    pid, _, rest = name.removeprefix(prefix).partition("-")
    return int(pid) if name.startswith(prefix) and pid.isdigit() and rest else None


def _remove_owned(remove_when: Callable[[int], bool]) -> None:
    """Part folders and semaphores whose owner pid satisfies ``remove_when``."""
    for folder in {SHARED_MEMORY, Path(tempfile.gettempdir())}:
        try:
            entries = list(os.scandir(folder))
        except OSError:  # no /dev/shm (macOS)
            continue
        for entry in entries:
            parts_pid = _owner_pid(entry.name, PARTS_PREFIX)
            semaphore_pid = _owner_pid(entry.name, f"sem.{SEMAPHORE_PREFIX}") if folder == SHARED_MEMORY else None
            if parts_pid is not None and remove_when(parts_pid):
                shutil.rmtree(entry.path, ignore_errors=True)
            elif semaphore_pid is not None and remove_when(semaphore_pid):
                try:
                    os.unlink(entry.path)  # what sem_unlink does on Linux
                except OSError:
                    pass


def remove_stale_leftovers(db: Path) -> None:
    """Remove what dead runs left: staging folders beside ``db``, shared-memory parts, semaphores."""
    from flows.staging import remove_stale_staging

    remove_stale_staging(db)
    _remove_owned(lambda pid: not pid_alive(pid))


def remove_own_leftovers() -> None:
    """Remove this process's parts, semaphores and staging folders (a stop that skips the usual cleanup),
    and the parts and semaphores of processes that no longer run (its children, killed with the
    resource tracker that would have removed them)."""
    from flows.staging import remove_own_staging

    remove_own_staging()
    _remove_owned(lambda pid: pid == os.getpid() or not pid_alive(pid))
