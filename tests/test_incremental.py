"""Incremental runs, full refresh, and transient failures (issue 6), on copies of the sample."""

import shutil
import subprocess
import sys
import time

import duckdb
import polars as pl
import pytest

from tests.conftest import SAMPLE, wirehouse
from transforms.schema import CONTENT_TABLES

TABLES = CONTENT_TABLES


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLE, folder)
    return folder


def counts(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.sql(f"select count(*) from {t}").fetchall()[0][0] for t in TABLES}
    finally:
        con.close()


def rows(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


def run_flow(inputs, db, **options) -> dict:
    from flows.pipeline import news_pipeline

    return news_pipeline(paths=[str(inputs)] if inputs else [], db=str(db), **options)


def test_changed_file_replaces_its_rows_and_leaves_no_orphans(inputs, tmp_path):
    db = tmp_path / "w.duckdb"
    run_flow(inputs, db)
    before = counts(db)
    target = next(inputs.glob("000_*.txt"))
    target.write_text(target.read_text(encoding="utf-8") + "\nAt least 12 people were killed, officials said.", encoding="utf-8")
    summary = run_flow(inputs, db)
    assert (summary["files_new"], summary["files_changed"], summary["files_skipped"]) == (0, 1, 3)
    after = counts(db)
    assert after["documents"] == before["documents"]
    assert after["paragraphs"] == before["paragraphs"] + 1
    assert rows(db, "select count(*) from figures where value = 12 and predicate = 'killed'") == [(1,)]
    orphans = rows(
        db,
        "select (select count(*) from articles where document_id not in (select document_id from documents))"
        " + (select count(*) from paragraphs where article_id not in (select article_id from articles))"
        " + (select count(*) from quotes where paragraph_id not in (select paragraph_id from paragraphs))"
        " + (select count(*) from figures where paragraph_id not in (select paragraph_id from paragraphs))",
    )
    assert orphans == [(0,)]


def test_removed_files_stay_unless_pruned(inputs, tmp_path):
    db = tmp_path / "w.duckdb"
    run_flow(inputs, db)
    next(inputs.glob("003_*.txt")).unlink()
    from flows.runner import run_pipeline

    assert run_pipeline([str(inputs)], db)["status"] == "up_to_date"
    assert counts(db)["documents"] == 4
    pruned = run_flow(inputs, db, prune=True)
    assert pruned["status"] == "completed"
    assert counts(db)["documents"] == 3
    assert rows(db, "select count(*) from paragraphs where document_id not in (select document_id from documents)") == [(0,)]


def test_full_refresh_rederives_from_stored_text_without_the_files(inputs, tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    run_flow(inputs, db)
    before = counts(db)
    shutil.rmtree(inputs)
    import flows.extraction

    improved = flows.extraction.extract_figures
    monkeypatch.setattr(flows.extraction, "extract_figures", lambda p: improved(p).with_columns(unit=pl.col("unit").str.to_uppercase()))
    summary = run_flow(None, db, full_refresh=True)
    assert summary["status"] == "completed" and summary["documents_rows"] == 0
    assert counts(db) == before
    assert rows(db, "select count(*) from figures where unit = 'CHILDREN' and value = 2389") != [(0,)]
    assert rows(db, "select count(distinct run_id) from documents") == [(1,)]


def test_vanished_file_is_retried_then_rejected_and_the_batch_goes_on(inputs, tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    import flows.pipeline

    planned = flows.pipeline.plan_inputs
    victim = next(inputs.glob("001_*.txt"))

    def plan_then_lose_a_file(*args, **kwargs):
        plan = planned(*args, **kwargs)
        victim.unlink()
        return plan

    monkeypatch.setattr(flows.pipeline, "plan_inputs", plan_then_lose_a_file)
    summary = run_flow(inputs, db)
    assert summary["status"] == "completed" and summary["files_rejected"] == 1
    assert counts(db)["documents"] == 3
    assert rows(db, "select path, reason from rejected_files") == [(str(victim), "file vanished while reading")]


def test_locked_warehouse_is_retried_then_one_clear_line(tmp_path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = wirehouse("run", str(SAMPLE), "--db", str(db), check=False)
        elapsed = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert f"error: warehouse {db} is locked by another process (pid {holder.pid})" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert "Retry 3/3" in result.stderr and elapsed > 7  # backoff 1 + 2 + 4 seconds
