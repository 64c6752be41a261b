"""Fault injection: hostile but fair inputs and environments, each ending in one clear row or line."""

import hashlib
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

CONTENT_TABLES = ("documents", "articles", "paragraphs", "quotes", "figures")


def pytest_collection_modifyitems(items):
    """Every test in this folder is marked ``faults`` (``pytest -m faults`` runs the suite alone; ``make test`` runs it too)."""
    for item in items:
        if "tests/faults/" in str(item.fspath):
            item.add_marker(pytest.mark.faults)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.sql(f"select count(*) from {table}").fetchall()[0][0] for table in CONTENT_TABLES}
    finally:
        con.close()


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """The run's last stderr line, checked to be the CLI's one-line error, with no traceback anywhere."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("error: "), result.stderr
    return line


@pytest.fixture
def warehouse_copy(sample_warehouse, tmp_path) -> Path:
    """A private copy of the session's sample warehouse."""
    copy = tmp_path / "warehouse" / "w.duckdb"
    copy.parent.mkdir()
    shutil.copy(sample_warehouse, copy)
    return copy
