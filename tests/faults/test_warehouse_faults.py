"""A full disk, a read-only or corrupt warehouse: one line naming the cause and the file, the warehouse as it was."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import SAMPLE, wirehouse
from tests.faults.conftest import content_counts, file_hash, one_error_line


def try_command(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path, sample_warehouse):
    """A tmpfs with room for the sample warehouse and little more (skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    size = sample_warehouse.stat().st_size + 1_000_000
    if not try_command("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)):
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def many_files(folder, count: int = 150):
    """Distinct documents from the sample's texts: several megabytes of rows to load."""
    folder.mkdir()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE.glob("*.txt"))]
    for number in range(count):
        (folder / f"{number:04d}.txt").write_text(f"Story {number}\n\n{texts[number % len(texts)]}", encoding="utf-8")
    return folder


def test_a_full_disk_is_one_line_and_the_content_stays(small_disk, sample_warehouse, tmp_path):
    db = small_disk / "w.duckdb"
    shutil.copy(sample_warehouse, db)
    before = content_counts(db)
    result = wirehouse("run", str(many_files(tmp_path / "in")), "--db", str(db), "--quiet", check=False)
    assert result.returncode == 1
    line = one_error_line(result)
    assert "no space left" in line.lower() and str(small_disk) in line, line
    assert content_counts(db) == before


def test_an_immutable_warehouse_is_refused_untouched(warehouse_copy):
    if not try_command("chattr", "+i", str(warehouse_copy)):
        pytest.skip("chattr +i is not supported here")
    try:
        before = file_hash(warehouse_copy)
        result = wirehouse("run", str(SAMPLE), "--db", str(warehouse_copy), check=False)
        after = file_hash(warehouse_copy)
    finally:
        subprocess.run(["chattr", "-i", str(warehouse_copy)], check=False)
    assert result.returncode == 1 and before == after
    assert one_error_line(result) == f"error: warehouse {warehouse_copy} is read-only (an immutable file): runs need to write it"


def test_a_warehouse_on_a_read_only_mount_is_refused_and_still_queried(warehouse_copy, tmp_path):
    mount = tmp_path / "ro"
    mount.mkdir()
    if not (try_command("mount", "--bind", str(warehouse_copy.parent), str(mount))
            and try_command("mount", "-o", "remount,ro,bind", str(mount))):
        subprocess.run(["umount", str(mount)], check=False)
        pytest.skip("cannot make a read-only bind mount here")
    try:
        db = mount / warehouse_copy.name
        result = wirehouse("run", str(SAMPLE), "--db", str(db), check=False)
        query = wirehouse("query", "select count(*) from documents", "--db", str(db), "--format", "csv", check=False)
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    assert result.returncode == 1
    assert one_error_line(result) == f"error: warehouse {db} is read-only (a read-only file system): runs need to write it"
    assert query.returncode == 0 and query.stdout.splitlines()[1] == "4"


def test_a_warehouse_without_write_permission_is_refused(warehouse_copy, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes through file permissions (the immutable and read-only mount cases cover root)")
    warehouse_copy.chmod(0o444)
    result = wirehouse("run", str(SAMPLE), "--db", str(warehouse_copy), check=False)
    assert result.returncode == 1 and "is read-only (no write permission)" in one_error_line(result)


def corrupt(db):
    """64 KB of random bytes in the middle of the file."""
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(65_536))


def test_a_corrupt_warehouse_is_refused_before_a_run_writes_it(warehouse_copy):
    corrupt(warehouse_copy)
    before = file_hash(warehouse_copy)
    result = wirehouse("run", str(SAMPLE), "--db", str(warehouse_copy), check=False)
    assert result.returncode == 1 and file_hash(warehouse_copy) == before
    line = one_error_line(result)
    assert line.startswith(f"error: warehouse {warehouse_copy} is corrupt and was not written: restore it from a backup"), line


def test_check_names_a_corrupt_warehouse_in_one_line(warehouse_copy, tmp_path):
    corrupt(warehouse_copy)
    result = wirehouse("check", "--db", str(warehouse_copy), "--docs", str(tmp_path / "docs"), check=False)
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith(f"error: warehouse {warehouse_copy} is corrupt"), line


def test_a_file_that_is_not_a_duckdb_file_is_refused(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("these are my notes, not a warehouse\n" * 100)
    before = file_hash(db)
    result = wirehouse("run", str(SAMPLE), "--db", str(db), check=False)
    assert result.returncode == 1 and file_hash(db) == before
    assert "is not a DuckDB file" in one_error_line(result)
