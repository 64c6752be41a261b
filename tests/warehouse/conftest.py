"""A writable copy of the session's sample warehouse, for tests that change or break it."""

import shutil

import duckdb
import pytest


@pytest.fixture
def sample_copy(sample_warehouse, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(sample_warehouse, copy)
    con = duckdb.connect(str(copy))
    yield con
    con.close()
