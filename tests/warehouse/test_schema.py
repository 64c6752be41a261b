"""The schema written once: DDL, comments, frames and quarantine tables come from transforms/schema.py;
warehouses from older releases are brought up to it."""

import duckdb
import polars as pl
import pytest

from transforms import frames
from transforms.schema import ALL_TABLES, BY_NAME, CONTENT_TABLES, VALIDATED_ORIGINS
from warehouse import io
from warehouse.schema import create_table


def first_release_ddl(table: str) -> str:
    """The table's DDL as the first release created it: its id column was the primary key, and the
    columns added since were not there."""
    ddl = create_table(BY_NAME[table]).replace(" not null", " primary key", 1)
    return "\n".join(line for line in ddl.splitlines() if not any(f" {name} " in line for name in ("speaker_type", "person_id", "claim_id")))


@pytest.fixture
def con():
    connection = duckdb.connect()
    io.ensure_schema(connection)
    yield connection
    connection.close()


def columns(con, table: str) -> list[tuple[str, str, str]]:
    return con.execute(
        "select column_name, data_type, is_nullable from information_schema.columns where table_name = ? order by ordinal_position", [table]
    ).fetchall()


def test_keyed_derived_tables_are_rebuilt_without_their_key_and_keep_their_rows(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    for table in ("articles", "paragraphs"):
        con.execute(first_release_ddl(table))
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


def test_every_table_has_the_schemas_columns_in_order_with_their_types(con):
    for table in ALL_TABLES:
        found = columns(con, table.name)
        assert [name for name, *_ in found] == table.column_names(), table.name
        assert [dtype.lower() for _, dtype, _ in found] == [column.type for column in table.columns], table.name
        not_null = {name for name, _, nullable in found if nullable == "NO"}
        assert not_null == {column.name for column in table.columns if not column.nullable or column.name == table.primary_key}, table.name


def test_every_table_and_column_carries_its_doc_as_a_comment(con):
    comments = dict(((t, c), doc) for t, c, doc in con.sql("select table_name, column_name, comment from duckdb_columns()").fetchall())
    for table in ALL_TABLES:
        for column in table.columns:
            assert column.doc and comments[(table.name, column.name)] == column.doc
    table_comments = dict(con.sql("select table_name, comment from duckdb_tables()").fetchall())
    assert all(table_comments[table.name] == table.doc for table in ALL_TABLES)


def test_the_stage_frames_are_the_schemas_extract_columns():
    for name in CONTENT_TABLES:
        frame = getattr(frames, name.upper())
        assert frame == {column.name: column.dtype for column in BY_NAME[name].columns if column.origin == "extract"}
    assert "person_id" not in frames.QUOTES and "claim_id" not in frames.FIGURES  # the mart build fills them


@pytest.mark.parametrize("table", CONTENT_TABLES)
def test_quarantine_tables_hold_every_validated_column_nullable_then_why_and_when(con, table):
    origins = {column.name: column.origin for column in BY_NAME[table].columns}
    validated = [(name, dtype) for name, dtype, _ in columns(con, table) if origins[name] in VALIDATED_ORIGINS]
    quarantine = columns(con, f"quarantine_{table}")
    assert [(name, dtype) for name, dtype, _ in quarantine[: len(validated)]] == validated
    assert {nullable for *_, nullable in quarantine} == {"YES"}
    assert {name for name, *_ in quarantine[len(validated):]} | {"run_id"} == {"failed_expectations", "run_id", "quarantined_at"}


def test_a_warehouse_from_before_the_marts_gains_their_columns_once(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    for table in ("quotes", "figures", "quarantine_quotes"):
        ddl = create_table(BY_NAME[table])
        con.execute("\n".join(line for line in ddl.splitlines() if not any(f" {name} " in line for name in ("speaker_type", "speaker_affiliation", "person_id", "score_first", "score_second", "claim_id")))
                    .replace(",\n)", "\n)"))
    io.ensure_schema(con)
    io.ensure_schema(con)
    assert [name for name, *_ in columns(con, "quotes")][-3:] == ["speaker_type", "speaker_affiliation", "person_id"]
    assert [name for name, *_ in columns(con, "figures")][-3:] == ["score_first", "score_second", "claim_id"]
    assert con.sql("select count(*) from schema_migrations").fetchall() == [(len(list(io.sql_files("migrations"))),)]
    assert con.sql("select comment from duckdb_columns() where table_name = 'quotes' and column_name = 'person_id'").fetchall()[0][0]


def test_a_figures_table_without_score_sides_gains_them_and_keeps_its_rows(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    ddl = create_table(BY_NAME["figures"])
    con.execute(ddl.split("    score_first ")[0].rstrip().rstrip(",") + "\n)")
    con.execute(
        "insert into figures (figure_id, document_id, article_id, paragraph_id, start_char, end_char, text, qualifier, category) "
        "values ('f1', 'd1', 'a1', 'p1', 0, 2, '5%', 'exact', 'percent')"
    )
    io.ensure_schema(con)
    io.ensure_schema(con)  # applied once
    assert [name for name, *_ in columns(con, "figures")][-3:] == ["score_first", "score_second", "claim_id"]
    assert {"score_first", "score_second"} <= {name for name, *_ in columns(con, "quarantine_figures")}
    assert con.sql("select figure_id, score_first from figures").fetchall() == [("f1", None)]
    assert con.sql("select count(*) from schema_migrations where name = '0003_figure_score_sides.sql'").fetchall() == [(1,)]
