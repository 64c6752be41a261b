"""document_sources: every input path is a row, so renames, duplicates and --prune act on paths, not content."""

import shutil

import pytest

from flows.runner import RunOptions, run_pipeline
from tests.test_incremental import rows, run_flow as flow_run

TEXTS = {
    "a.txt": "Aid arrives\n\nAbout 2,389 children were evacuated, officials said on Monday.\n",
    "b.txt": "Talks resume\n\n“We will keep talking,” said Jane Doe, the envoy.\n",
    "c.txt": "Prices rise\n\nInflation rose to 7.5% in March, the statistics office said.\n",
}


def live_paths(db) -> dict[str, str]:
    return {path.rsplit("/", 1)[1]: doc for path, doc in rows(db, "select path, document_id from document_sources where removed_at is null")}


def document_ids(db) -> set[str]:
    return {row[0] for row in rows(db, "select document_id from documents")}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One flow run over the three files: a warehouse every test starts from a copy of."""
    root = tmp_path_factory.mktemp("lineage")
    folder = root / "in"
    write_inputs(folder)
    db = root / "template.duckdb"
    assert flow_run(folder, db)["status"] == "completed"
    return folder, db


def write_inputs(folder):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def loaded(template, tmp_path):
    """The three files as the template run saw them (same paths), and a copy of its warehouse."""
    folder, template_db = template
    write_inputs(folder)
    db = tmp_path / "w.duckdb"
    shutil.copy(template_db, db)
    return folder, db


def test_every_path_is_a_row_and_an_unchanged_rerun_is_up_to_date(loaded):
    folder, db = loaded
    assert set(live_paths(db)) == set(TEXTS)
    again = run_pipeline([str(folder)], db)
    assert again["status"] == "up_to_date" and again["files_skipped"] == 3
    assert rows(db, "select count(distinct last_run_id) from document_sources") == [(1,)]
    assert rows(db, "select count(*) from document_sources where last_run_id = ?".replace("?", repr(again["run_id"]))) == [(3,)]


def test_a_renamed_file_keeps_its_content_through_prune(loaded):
    folder, db = loaded
    before = document_ids(db)
    (folder / "a.txt").rename(folder / "renamed.txt")
    summary = run_pipeline([str(folder)], db, RunOptions(prune=True))
    assert summary["status"] == "completed" and summary["files_new"] == 0
    assert document_ids(db) == before
    assert set(live_paths(db)) == {"renamed.txt", "b.txt", "c.txt"}
    assert rows(db, "select count(*) from document_sources where path like '%/a.txt' and removed_at is not null") == [(1,)]


def test_duplicate_files_are_one_document_and_each_path_holds_it(loaded):
    folder, db = loaded
    (folder / "copy-of-b.txt").write_text(TEXTS["b.txt"], encoding="utf-8")
    assert run_pipeline([str(folder)], db)["status"] == "completed"
    paths = live_paths(db)
    assert paths["copy-of-b.txt"] == paths["b.txt"] and len(document_ids(db)) == 3
    (folder / "b.txt").unlink()  # the path the document was first read from
    run_pipeline([str(folder)], db, RunOptions(prune=True))
    assert paths["b.txt"] in document_ids(db)  # still held by the copy


def test_content_goes_when_no_path_holds_it(loaded):
    folder, db = loaded
    gone = live_paths(db)["c.txt"]
    (folder / "c.txt").unlink()
    assert run_pipeline([str(folder)], db)["status"] == "up_to_date"  # without --prune, nothing is removed
    assert gone in document_ids(db)
    run_pipeline([str(folder)], db, RunOptions(prune=True))
    assert gone not in document_ids(db)
    assert rows(db, f"select count(*) from paragraphs where document_id = '{gone}'") == [(0,)]


def test_a_file_edited_to_equal_another_points_at_that_document(loaded):
    folder, db = loaded
    old = live_paths(db)["c.txt"]
    (folder / "c.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    assert run_pipeline([str(folder)], db)["status"] == "completed"
    paths = live_paths(db)
    assert paths["c.txt"] == paths["a.txt"]
    assert old not in document_ids(db) and len(document_ids(db)) == 2


def test_a_changed_file_replaces_its_document_unless_another_path_holds_it(loaded):
    folder, db = loaded
    (folder / "copy-of-a.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    run_pipeline([str(folder)], db)
    old = live_paths(db)["a.txt"]
    (folder / "a.txt").write_text(TEXTS["a.txt"] + "At least 12 people were killed.\n", encoding="utf-8")
    summary = flow_run(folder, db)
    assert summary["files_changed"] == 1
    assert old in document_ids(db) and live_paths(db)["copy-of-a.txt"] == old
    assert live_paths(db)["a.txt"] != old and len(document_ids(db)) == 4


def test_an_unchanged_rejected_file_is_recorded_once(loaded):
    folder, db = loaded
    (folder / "empty.txt").write_bytes(b"")
    first = flow_run(folder, db)
    assert first["status"] == "completed" and first["files_rejected"] == 1
    second = run_pipeline([str(folder)], db)
    assert second["status"] == "up_to_date" and second["files_rejected"] == 0
    assert rows(db, "select count(*) from rejected_files") == [(1,)]
    (folder / "empty.txt").write_bytes(b"\x00\x01")  # changed, still bad: recorded again
    assert flow_run(folder, db)["files_rejected"] == 1
    assert rows(db, "select reason from rejected_files order by seen_at") == [("empty file",), ("binary file (NUL bytes)",)]
