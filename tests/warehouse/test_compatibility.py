"""The warehouse opens in DuckDB 1.x clients (the Python package and the duckdb-cli package) as well as 2.0.

DuckDB 1.x lives in a venv of its own (build/duckdb1-venv, made once from the
package index); without the index the tests skip.
"""

import subprocess
import sys

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT
from warehouse import io
from warehouse.io import connection

DUCKDB_1X = ["duckdb==1.5.6", "duckdb-cli==1.5.6"]
VENV = PROJECT_ROOT / "build" / "duckdb1-venv"


@pytest.fixture(scope="session")
def duckdb1() -> dict:
    """Paths of DuckDB 1.x's Python and CLI."""
    marker = VENV / ("installed-" + "-".join(DUCKDB_1X))
    if not marker.exists():
        made = subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], capture_output=True)
        installed = made.returncode == 0 and subprocess.run(
            [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", *DUCKDB_1X], capture_output=True, timeout=600
        ).returncode == 0
        if not installed:
            pytest.skip("DuckDB 1.x could not be installed from the package index")
        marker.touch()
    return {"python": VENV / "bin" / "python", "cli": VENV / "bin" / "duckdb"}


def test_duckdb_1x_python_package_reads_the_warehouse(sample_warehouse, duckdb1):
    script = (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
        "print(duckdb.__version__, con.sql('select count(*) from documents').fetchall()[0][0], "
        "con.sql('select count(*) from speakers').fetchall()[0][0] > 0)"
    )
    result = subprocess.run([str(duckdb1["python"]), "-c", script, str(sample_warehouse)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1.5.6", "4", "True"]


def test_duckdb_cli_1x_opens_the_warehouse(sample_warehouse, duckdb1):
    result = subprocess.run(
        [str(duckdb1["cli"]), "-readonly", "-csv", str(sample_warehouse), "-c", "select version(), count(*) as documents from documents"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "v1.5.6,4"


def test_new_warehouses_are_written_in_the_chosen_storage_format(sample_warehouse):
    assert connection._storage_format(sample_warehouse) == io.STORAGE_FORMAT


def test_a_warehouse_in_duckdb_2_format_is_rewritten_keeping_rows_and_keys(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))  # DuckDB 2.0's own format, as earlier releases wrote it
    con.execute("create table documents (document_id varchar primary key, text varchar)")
    con.execute("insert into documents values ('d1', 'Aid arrives')")
    con.close()
    assert connection._storage_format(db) > io.STORAGE_FORMAT
    con = io.connect(db)
    try:
        assert con.sql("select * from documents").fetchall() == [("d1", "Aid arrives")]
        with pytest.raises(duckdb.ConstraintException):
            con.execute("insert into documents values ('d1', 'again')")
    finally:
        con.close()
    assert connection._storage_format(db) == io.STORAGE_FORMAT
    assert not list(tmp_path.glob(".*rewriting"))
