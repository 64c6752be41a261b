"""Find input files and decide what a run must do with each (the incremental plan).

A file whose content hash is already in the warehouse is skipped; a known path
with new content replaces its old document; with ``prune``, documents whose
source file is no longer among the inputs are removed.
"""

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl


class InputError(ValueError):
    """The user named inputs that cannot be used."""


def discover_files(paths: list[str]) -> list[Path]:
    """Files named directly, plus ``*.txt`` under named directories (recursive): resolved, unique, sorted."""
    found: set[Path] = set()
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found.update(text_files_under(path.resolve()))
        elif path.is_file():
            found.add(path.resolve())
        else:
            raise InputError(f"input {given} does not exist")
    return sorted(found)


def text_files_under(folder: Path) -> list[Path]:
    """``*.txt`` files below a resolved ``folder``, as ``Path.rglob`` finds them, already resolved.

    Symlinked folders are not entered (as ``rglob``), so below a resolved folder only
    a symlinked file needs resolving: one ``realpath`` per file (``Path.resolve``)
    took 1.2 s for BBC x10's 22,250 files, the directory entries' own types 0.1 s.
    """
    found, folders = [], [folder]
    while folders:
        current = folders.pop()
        try:
            entries = list(os.scandir(current))
        except PermissionError:  # rglob skips unreadable folders too
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(current / entry.name)
            elif entry.name.endswith(".txt") and entry.is_file():
                found.append(Path(entry.path).resolve() if entry.is_symlink() else current / entry.name)
    return found


# (path, size, mtime_ns) -> sha256 of the content: the CLI plans before the flow
# starts and the flow plans again in the same process; each file is hashed once.
_content_ids: dict[tuple[str, int, int], str] = {}


def content_id(path: Path) -> tuple[str, int]:
    """sha256 of the file's bytes (the future ``document_id``) and its size."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _content_ids:
        _content_ids[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _content_ids[key], stat.st_size


@dataclass
class InputPlan:
    """What one run reads, skips, replaces and prunes."""

    to_ingest: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    replaced_document_ids: list[str] = field(default_factory=list)
    pruned_document_ids: list[str] = field(default_factory=list)
    rederived_document_ids: list[str] = field(default_factory=list)

    @property
    def files_seen(self) -> int:
        return len(self.to_ingest) + len(self.skipped)

    @property
    def has_work(self) -> bool:
        return bool(self.to_ingest or self.pruned_document_ids or self.rederived_document_ids)


def plan_inputs(files: list[Path], known: pl.DataFrame, full_refresh: bool = False, prune: bool = False) -> InputPlan:
    """Compare the files' content hashes with the warehouse's documents."""
    plan = InputPlan()
    known_ids = set(known["document_id"].to_list())
    id_by_path = dict(zip(known["source_path"].to_list(), known["document_id"].to_list()))
    seen_ids: set[str] = set()
    for path in files:
        try:
            document_id, size = content_id(path)
        except FileNotFoundError:
            continue  # vanished since discovery: nothing to plan for it
        source = str(path)
        if document_id in known_ids or document_id in seen_ids:
            plan.skipped.append(source)
            continue
        seen_ids.add(document_id)
        plan.to_ingest.append(source)
        plan.sizes.append(size)
        if source in id_by_path:
            plan.changed += 1
            plan.replaced_document_ids.append(id_by_path[source])
        else:
            plan.new += 1
    if prune:
        given = {str(p) for p in files}
        plan.pruned_document_ids = [i for p, i in id_by_path.items() if p not in given]
    if full_refresh:
        replaced = set(plan.replaced_document_ids) | set(plan.pruned_document_ids)
        plan.rederived_document_ids = [i for i in known_ids if i not in replaced]
    return plan


def batches(items: list, sizes: list[int], max_bytes: int) -> list[list]:
    """Cut ``items`` into consecutive batches of at most ``max_bytes`` (one oversize item alone)."""
    out: list[list] = []
    current: list = []
    total = 0
    for item, size in zip(items, sizes):
        if current and total + size > max_bytes:
            out.append(current)
            current, total = [], 0
        current.append(item)
        total += size
    if current:
        out.append(current)
    return out
