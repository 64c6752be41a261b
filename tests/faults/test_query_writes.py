"""`wirehouse query` never writes the warehouse or its WAL; COPY to another file stays an export."""

from pathlib import Path

import pytest

from flows.query import QueryRefused
from tests.conftest import checked_statements, wirehouse
from tests.faults.conftest import file_hash

WRITES = [
    "insert into documents select * from documents",
    "update documents set text = ''",
    "delete from documents",
    "drop table quotes",
    "create table scratch as select 1 as x",
    "alter table documents add column note varchar",
    "select 1; delete from quotes",
]


@pytest.mark.parametrize("sql", WRITES)
def test_write_statements_are_refused_before_they_run(sql):
    with pytest.raises(QueryRefused, match="statements are refused"):
        checked_statements(sql, Path("w.duckdb"))


def test_a_refused_write_leaves_the_warehouse_unchanged(warehouse_copy):
    before = file_hash(warehouse_copy)
    result = wirehouse("query", "delete from documents", "--db", str(warehouse_copy), check=False)
    assert result.returncode == 1 and "DELETE statements are refused" in result.stderr
    assert file_hash(warehouse_copy) == before


@pytest.mark.parametrize("target", ["{db}", "{db}.wal", "{folder}/../{folder_name}/{name}", "{link}"])
def test_copy_to_the_warehouse_or_its_wal_is_refused(target, warehouse_copy):
    link = warehouse_copy.parent / "alias.duckdb"
    link.symlink_to(warehouse_copy)
    path = target.format(db=warehouse_copy, folder=warehouse_copy.parent, folder_name=warehouse_copy.parent.name,
                         name=warehouse_copy.name, link=link)
    for sql in (f"COPY (select 1 as x) TO '{path}' (FORMAT csv)", f"copy documents to '{path}'"):
        with pytest.raises(QueryRefused, match="refused: that is the warehouse"):
            checked_statements(sql, warehouse_copy)


def test_copy_onto_the_warehouse_through_the_cli_leaves_it_unchanged(warehouse_copy):
    before = file_hash(warehouse_copy)
    result = wirehouse("query", f"COPY (select 1 as x) TO '{warehouse_copy}' (FORMAT csv)", "--db", str(warehouse_copy), check=False)
    assert result.returncode == 1 and "refused: that is the warehouse" in result.stderr
    assert file_hash(warehouse_copy) == before
    assert not (warehouse_copy.parent / (warehouse_copy.name + ".wal")).exists()


@pytest.mark.parametrize("sql", ["attach '{db}' as again", "attach database '{db}' as again", "export database '{db}'"])
def test_attaching_or_exporting_onto_the_warehouse_is_refused(sql, warehouse_copy):
    with pytest.raises(QueryRefused, match="refused"):
        checked_statements(sql.format(db=warehouse_copy), warehouse_copy)


def test_copy_to_another_file_exports(warehouse_copy, tmp_path):
    export = tmp_path / "documents.csv"
    result = wirehouse("query", f"COPY (select file_name from documents order by 1) TO '{export}' (FORMAT csv)",
                       "--db", str(warehouse_copy), check=False)
    assert result.returncode == 0, result.stderr
    assert export.read_text().splitlines()[0] == "file_name" and len(export.read_text().splitlines()) == 5
