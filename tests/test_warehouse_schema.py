"""Schema upkeep: warehouses from the first release (derived tables with primary keys) are rebuilt without them."""

import duckdb

from tests.conftest import PROJECT_ROOT
from warehouse import io

TABLES = PROJECT_ROOT / "warehouse" / "tables"


def first_release_ddl(table_file: str) -> str:
    """The table's DDL as the first release created it: its id column was the primary key."""
    lines = (TABLES / table_file).read_text().splitlines()
    lines[2] = lines[2].split(" not null,")[0] + " primary key,"
    return "\n".join(lines)


def test_keyed_derived_tables_are_rebuilt_without_their_key_and_keep_their_rows(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    for table_file in ("02_articles.sql", "03_paragraphs.sql"):
        con.execute(first_release_ddl(table_file))
    con.execute("insert into paragraphs values ('p1', 'a1', 'd1', 1, 0, 5, 'Hello', false, false)")
    io.ensure_schema(con)
    io.ensure_schema(con)  # nothing left to rebuild the second time
    keys = con.sql(
        "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY' order by 1"
    ).fetchall()
    assert keys == [("documents",), ("pipeline_runs",), ("schema_migrations",)]
    assert con.sql("select paragraph_id, text from paragraphs").fetchall() == [("p1", "Hello")]
    assert con.sql("select count(*) from duckdb_views() where view_name = 'speakers'").fetchall() == [(1,)]
    assert con.sql("select count(*) from duckdb_tables() where table_name like '%_keyed'").fetchall() == [(0,)]
