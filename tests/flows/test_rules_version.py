"""Documents remember the extraction rules their rows were derived with, and a run says when stored
rows come from other rules: an incremental run re-reads only changed files, so an upgrade's rules
reach old documents only through ``--full-refresh``."""

import shutil
import subprocess
import sys

import duckdb

from tests.conftest import SAMPLE, wirehouse
from tests.test_incremental import rows, run_flow
from transforms import RULES_VERSION

NOTE = "documents were derived by other extraction rules than this version's"


def test_a_run_stamps_its_documents_and_its_row_with_its_rules(sample_warehouse):
    assert rows(sample_warehouse, "select distinct rules_version from documents") == [(RULES_VERSION,)]
    assert rows(sample_warehouse, "select distinct rules_version from pipeline_runs") == [(RULES_VERSION,)]


def test_documents_from_other_rules_are_noted_until_a_full_refresh_derives_them_again(sample_warehouse, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(sample_warehouse, db)
    con = duckdb.connect(str(db))
    con.execute("update documents set rules_version = 'older' where document_id = (select min(document_id) from documents)")
    con.close()

    unchanged = wirehouse("run", str(SAMPLE), "--db", str(db))
    assert unchanged.stdout.startswith("up_to_date") and f"note: 1 {NOTE}" in unchanged.stderr

    run_flow(None, db, full_refresh=True)
    assert rows(db, "select distinct rules_version from documents") == [(RULES_VERSION,)]
    assert NOTE not in wirehouse("run", str(SAMPLE), "--db", str(db)).stderr


def test_the_note_is_left_out_while_another_run_holds_the_warehouse(sample_warehouse, tmp_path, capsys):
    """A run that waited on this one's lock takes the warehouse the moment this one's load ends; this run's closing
    note must not then fail a run that completed."""
    from flows.cli import note_documents_on_other_rules

    db = tmp_path / "w.duckdb"
    shutil.copy(sample_warehouse, db)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; con = duckdb.connect({str(db)!r}); print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        note_documents_on_other_rules(db)
    finally:
        holder.communicate("", timeout=60)
    assert capsys.readouterr().err == ""
