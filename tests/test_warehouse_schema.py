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


def test_a_figures_table_without_score_sides_gains_them_and_keeps_its_rows(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    ddl = (TABLES / "05_figures.sql").read_text()
    before_scores = ddl.split("    counted ")[0] + "    counted varchar\n);"
    con.execute(before_scores)
    con.execute("insert into figures (figure_id, document_id, article_id, paragraph_id, start_char, end_char, text, qualifier, category) values ('f1', 'd1', 'a1', 'p1', 0, 2, '5%', 'exact', 'percent')")
    io.ensure_schema(con)
    io.ensure_schema(con)  # applied once
    columns = [row[0] for row in con.sql("select column_name from information_schema.columns where table_name = 'figures'").fetchall()]
    assert columns[-2:] == ["score_first", "score_second"]
    quarantine_columns = [row[0] for row in con.sql("select column_name from information_schema.columns where table_name = 'quarantine_figures'").fetchall()]
    assert {"score_first", "score_second"} <= set(quarantine_columns)
    assert con.sql("select figure_id, score_first from figures").fetchall() == [("f1", None)]
    assert con.sql("select count(*) from schema_migrations where name = '0003_figure_score_sides.sql'").fetchall() == [(1,)]
