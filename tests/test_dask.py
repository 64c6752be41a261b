"""The Dask runner (two local worker processes) builds the same warehouse as the default runner."""

import duckdb
import pytest

from tests.conftest import SAMPLE, wirehouse
from transforms.schema import CONTENT_TABLES

# Columns that identify a run rather than content.
RUN_COLUMNS = {"run_id", "ingested_at"}
TABLES = CONTENT_TABLES


def contents(db, table: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [c for (c,) in con.sql(f"select column_name from information_schema.columns where table_name = '{table}'").fetchall()]
        kept = ", ".join(c for c in columns if c not in RUN_COLUMNS)
        return con.sql(f"select {kept} from {table} order by all").fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_dask_runner_with_two_workers_matches_the_default_runner(sample_warehouse, tmp_path):
    db = tmp_path / "dask.duckdb"
    # Tiny batches: each sample file is its own batch, so both workers get work.
    result = wirehouse("run", str(SAMPLE), "--db", str(db), "--runner", "dask", "--workers", "2", "--batch-mb", "0.001")
    assert result.stdout.startswith("completed:")
    for table in TABLES:
        assert contents(db, table) == contents(sample_warehouse, table), table
