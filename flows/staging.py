"""The staging area: Parquet files of one run, written per batch, loaded at the end.

This is the pipeline's IO manager. Batches never accumulate in memory: each one
is validated and written here, and the warehouse load reads the files back in a
single DuckDB transaction.

A run keeps its folder's ``owner`` file (its pid) locked with ``flock`` until it
removes the folder; the lock goes with the process, however it ends, so a folder
whose lock another process can take belongs to a dead run (``remove_stale_staging``).
"""

import fcntl
import os
import shutil
import time
from pathlib import Path

import polars as pl

OWNER = "owner"
# A folder without an owner file is a live run's for the instant between its mkdir
# and its lock, or was left by a release without owner files.
UNOWNED_GRACE_SECONDS = 60

_own_roots: set[Path] = set()  # this process's live staging folders


class StagingArea:
    def __init__(self, db: Path, run_id: str):
        self.root = staging_folder(db) / run_id
        self.root.mkdir(parents=True, exist_ok=True)
        self._owner = open(self.root / OWNER, "w")
        fcntl.flock(self._owner, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._owner.write(f"{os.getpid()}\n")
        self._owner.flush()
        _own_roots.add(self.root)

    def write(self, table: str, batch_no: int | str, frame: pl.DataFrame) -> None:
        """Stage ``frame`` as ``table``'s part ``batch_no`` (a name such as ``"plan"`` for rows found before the batches)."""
        if frame.is_empty():
            return
        folder = self.root / table
        folder.mkdir(parents=True, exist_ok=True)
        name = f"batch-{batch_no:05d}" if isinstance(batch_no, int) else batch_no
        frame.write_parquet(folder / f"{name}.parquet")

    def globs(self) -> dict[str, str]:
        """Parquet glob per staged table, for ``read_parquet``."""
        if not self.root.exists():
            return {}
        return {folder.name: str(folder / "*.parquet") for folder in sorted(self.root.iterdir()) if folder.is_dir()}

    def remove(self) -> None:
        _remove_folder(self.root)
        self._owner.close()
        _own_roots.discard(self.root)


def staging_folder(db: Path) -> Path:
    return db.parent / ".staging"


def _remove_folder(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
    try:
        root.parent.rmdir()  # the last run's folder gone: no empty .staging left beside the warehouse
    except OSError:
        pass


def _owner_gone(root: Path) -> bool:
    """Whether the run that made ``root`` no longer lives (its owner lock is free)."""
    try:
        owner = open(root / OWNER, "r+")
    except FileNotFoundError:
        return time.time() - root.stat().st_mtime > UNOWNED_GRACE_SECONDS
    with owner:
        try:
            fcntl.flock(owner, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def remove_stale_staging(db: Path) -> None:
    """Remove staging folders beside ``db`` of runs that no longer live."""
    try:
        roots = [entry for entry in staging_folder(db).iterdir() if entry.is_dir()]
    except FileNotFoundError:
        return
    for root in roots:
        try:
            gone = _owner_gone(root)
        except OSError:  # removed meanwhile, or unreadable: not ours to judge
            continue
        if gone:
            _remove_folder(root)


def remove_own_staging() -> None:
    """Remove this process's staging folders (a stop that skips the flow's own cleanup)."""
    for root in list(_own_roots):
        _remove_folder(root)
