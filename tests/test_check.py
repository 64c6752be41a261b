"""`wirehouse check` on real and literal warehouses: passes when sound, names the table when not."""

import hashlib
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest
from tests.conftest import wirehouse
from tests.dq_batch import valid_batch

from flows.check import check_warehouse
from warehouse.io import ensure_schema
from warehouse.marts import build_marts

SHIFT_FIRST_PARAGRAPHS = "update paragraphs set start_char = start_char + 1 where ordinal = 1"


def literal_warehouse(db: Path) -> Path:
    """The literal batch loaded as a run would load it (marts built), with that run in pipeline_runs."""
    tables = valid_batch()
    con = duckdb.connect(str(db))
    try:
        ensure_schema(con)
        for table, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"insert into {table} by name select * from frame")
            con.unregister("frame")
        build_marts(con)
        table_rows = json.dumps({table: frame.height for table, frame in tables.items()})
        run = {
            "run_id": "run-1", "started_at": datetime(2026, 1, 1, tzinfo=timezone.utc), "finished_at": datetime(2026, 1, 1, tzinfo=timezone.utc),
            "status": "completed", "trigger": "manual", "table_rows": table_rows,
        }
        con.execute(f"insert into pipeline_runs ({', '.join(run)}) values ({', '.join('?' for _ in run)})", list(run.values()))
    finally:
        con.close()
    return db


def changed(db: Path, copy: Path, *statements: str) -> Path:
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    try:
        for statement in statements:
            con.execute(statement)
    finally:
        con.close()
    return copy


def test_cli_check_passes_on_a_fresh_run_over_the_seeds(sample_warehouse):
    result = wirehouse("check", "--db", str(sample_warehouse), check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: ")
    # Data Docs go under a folder named after the warehouse: two warehouses in one folder keep their own.
    docs = sample_warehouse.parent / "dq_docs" / sample_warehouse.stem / "index.html"
    assert f"Data Docs: {docs}" in result.stdout and docs.exists()


def test_cli_check_fails_naming_paragraphs_after_an_offset_shift(sample_warehouse, tmp_path):
    corrupted = changed(sample_warehouse, tmp_path / "corrupted.duckdb", SHIFT_FIRST_PARAGRAPHS)
    result = wirehouse("check", "--db", str(corrupted), check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL ")]
    assert any(line.startswith("FAIL paragraphs: text_matches_document (") and ", e.g. paragraph_id=" in line for line in failures), result.stdout


def test_a_literal_warehouse_passes(tmp_path):
    report = check_warehouse(literal_warehouse(tmp_path / "w.duckdb"), None)
    assert report.success, report.failures
    assert report.lines()[0].startswith("OK: ")


def test_a_dangling_quote_fails_naming_quotes(tmp_path):
    db = changed(literal_warehouse(tmp_path / "w.duckdb"), tmp_path / "bad.duckdb", "update quotes set paragraph_id = 'par-gone' where quote_id = 'quote-1'")
    report = check_warehouse(db, None)
    assert report.failures == [
        "FAIL quotes: paragraph_resolves (1 rows), e.g. quote_id='quote-1', paragraph_id='par-gone', document_id='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'"
    ]


def test_fewer_rows_than_the_last_run_loaded_fails(tmp_path):
    db = changed(literal_warehouse(tmp_path / "w.duckdb"), tmp_path / "dropped.duckdb", "delete from paragraphs where paragraph_id = 'par-1'")
    report = check_warehouse(db, None)
    assert report.failures == ["FAIL paragraphs: row_count_at_least_last_run (1 rows), e.g. table has 2 rows, run run-1 reported 3"]


def test_check_leaves_the_warehouse_file_untouched(tmp_path):
    db = literal_warehouse(tmp_path / "w.duckdb")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    check_warehouse(db, tmp_path / "docs")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_missing_warehouse_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        check_warehouse(tmp_path / "none.duckdb", None)

