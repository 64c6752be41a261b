"""Every bad input is one rejected_files row, never a failed run; an unchanged bad input is recorded once."""

import codecs
import errno
import os

import duckdb
import pytest

from flows.check import check_warehouse
from flows.inputs import BadInput, plan_inputs, read_input
from transforms.lines import MAX_LINE_CHARS
from warehouse.io import Known
from tests.conftest import wirehouse
from tests.faults.conftest import content_counts

SENTENCE = "The council said 12 homes were flooded and “we are working day and night,” said Jane Doe. "
MAX_FILE_BYTES = 20_000
# Fifty times the line bound: enough to show the cut. The cost of much longer lines is benchmarks/bench_long_line.py's.
LONG_LINE_CHARS = 50 * MAX_LINE_CHARS


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    """One good file, a 200 KB single line, a UTF-16 file, and one of every kind of bad input."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    (folder / "good.txt").write_text("Flood warning\n\n" + SENTENCE * 3, encoding="utf-8")
    (folder / "one-line.txt").write_text(SENTENCE * (LONG_LINE_CHARS // len(SENTENCE)), encoding="utf-8")
    (folder / "windows.txt").write_bytes(codecs.BOM_UTF16_LE + ("Windows text\r\n\r\n" + SENTENCE).encode("utf-16-le"))
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing-target")
    os.mkfifo(folder / "pipe.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder


@pytest.fixture(scope="module")
def bad_run(bad_folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("bad-run") / "w.duckdb"
    env = {**os.environ, "WIREHOUSE_MAX_FILE_BYTES": str(3_000_000)}
    first = wirehouse("run", str(bad_folder), "--db", str(db), "--quiet", check=False, env=env)
    return db, first, env


def rejected(db) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {path.rsplit("/", 1)[1]: reason for path, reason in con.sql("select path, reason from rejected_files").fetchall()}
    finally:
        con.close()


def test_the_run_completes_and_each_bad_input_is_one_row(bad_run):
    db, result, _ = bad_run
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("completed:") and "5 rejected" in result.stdout
    reasons = rejected(db)
    assert reasons.pop("dangling.txt").startswith("dangling symlink (to ")
    assert reasons == {
        "loop.txt": "symlink loop",
        "pipe.txt": "a FIFO, not a regular file",
        "empty.txt": "empty file",
        "binary.txt": "binary file (NUL bytes)",
    }
    assert content_counts(db)["documents"] == 3


def test_an_unchanged_rerun_records_nothing_again(bad_run, bad_folder):
    db, _, env = bad_run
    again = wirehouse("run", str(bad_folder), "--db", str(db), "--quiet", env=env)
    assert again.stdout.startswith("up_to_date:") and "0 rejected" in again.stdout
    assert len(rejected(db)) == 5


def test_the_single_line_is_cut_into_bounded_paragraphs_and_check_passes(bad_run):
    db, _, _ = bad_run
    con = duckdb.connect(str(db), read_only=True)
    try:
        longest = con.sql(
            "select max(length(p.text)), count(*) from paragraphs p join documents d using (document_id) where d.file_name = 'one-line.txt'"
        ).fetchall()[0]
        utf16 = con.sql("select encoding, decode_errors from documents where file_name = 'windows.txt'").fetchall()
    finally:
        con.close()
    assert longest[0] <= MAX_LINE_CHARS and longest[1] >= (LONG_LINE_CHARS - len(SENTENCE)) // MAX_LINE_CHARS
    assert utf16 == [("utf-16", 0)]
    report = check_warehouse(db, None)
    assert report.success, report.failures


def test_a_file_over_the_size_bound_is_rejected_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 1000)
    with pytest.raises(BadInput, match=r"file too large: 9.,... bytes, more than the 20,000 of WIREHOUSE_MAX_FILE_BYTES"):
        read_input(big, max_bytes=MAX_FILE_BYTES)


def test_an_unreadable_file_is_rejected_with_its_reason(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE)
    real_open = os.open

    def denied(path, flags, *args):
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    plan = plan_inputs([locked], Known())
    assert [(path, reason) for path, reason, _ in plan.rejected] == [(str(locked), "unreadable: permission denied")]
    assert plan.rejected[0][2] is not None  # fingerprinted by its stat: not recorded again while unchanged


def test_a_file_that_vanishes_before_planning_is_rejected_not_raised(tmp_path):
    gone = tmp_path / "gone.txt"
    plan = plan_inputs([gone], Known())
    assert plan.rejected == [(str(gone), "file vanished while reading", None)]
