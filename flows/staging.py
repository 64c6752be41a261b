"""The staging area: Parquet files of one run, written per batch, loaded at the end.

This is the pipeline's IO manager. Batches never accumulate in memory: each one
is validated and written here, and the warehouse load reads the files back in a
single DuckDB transaction.
"""

import shutil
from pathlib import Path

import polars as pl


class StagingArea:
    def __init__(self, db: Path, run_id: str):
        self.root = db.parent / ".staging" / run_id

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
        shutil.rmtree(self.root, ignore_errors=True)
        parent = self.root.parent
        if parent.exists() and not any(parent.iterdir()):
            parent.rmdir()
