"""A write connection with the schema up to date: tables created, migrations applied, views refreshed."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from transforms.schema import BY_NAME, DERIVED_TABLES
from warehouse import catalog
from warehouse.io.connection import WarehouseError, connect, describe_failure, is_environment_failure, mark_verified, transaction
from warehouse.marts import document_statements
from warehouse.schema import create_table, create_tables, document_tables

SQL_DIR = Path(__file__).parent.parent


@contextmanager
def writing(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection with the schema up to date; the file is marked verified once closed."""
    con = connect(db)
    try:
        ensure_schema(con)
        yield con
    except duckdb.Error as error:
        if not is_environment_failure(str(error)):
            raise
        message = describe_failure(db, str(error))
    else:
        message = None
    finally:
        con.close()
    if message is not None:  # raised outside the handler, so no DuckDB exception stays chained to it
        raise WarehouseError(message)
    mark_verified(db)


def sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, apply pending migrations once each, document the columns, refresh views
    (``views/`` and the staging models), all in one transaction."""
    drop_derived_primary_keys(con)
    with transaction(con):
        create_tables(con)
        applied = {row[0] for row in con.sql("select name from schema_migrations").fetchall()}
        for path in sql_files("migrations"):
            if path.name not in applied:
                con.execute(path.read_text())
                con.execute("insert into schema_migrations values (?, now())", [path.name])
        document_tables(con)
        for path in sql_files("views"):
            con.execute(path.read_text())
        staging = catalog.models("staging")
        con.execute(";\n".join(f"create or replace view {model.name} as {model.sql}" for model in staging))
        con.execute(";\n".join(document_statements(staging, "view")))


def drop_derived_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild derived tables created with a primary key (warehouses from the first release).

    A primary key's index holds every key in memory while a run loads, so load
    memory and time grew with the warehouse (3M keys: 1 GB and 3.5x the time).
    Uniqueness is checked by the suites and `wirehouse check` instead. DuckDB
    cannot drop a constraint: the table is renamed, created again from its DDL
    (``ensure_schema`` then finds it), and its rows copied back.
    """
    keyed = [
        row[0] for row in con.sql(
            "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY' and table_name in "
            f"({', '.join(repr(table) for table in DERIVED_TABLES)})"
        ).fetchall()
    ]
    if not keyed:
        return
    with transaction(con):
        for (view,) in con.sql("select view_name from duckdb_views() where not internal").fetchall():
            con.execute(f'drop view "{view}"')  # views depend on the tables; ensure_schema recreates them
        for table in keyed:
            con.execute(f"alter table {table} rename to {table}_keyed")
            con.execute(create_table(BY_NAME[table]))
            con.execute(f"insert into {table} by name select * from {table}_keyed")
            con.execute(f"drop table {table}_keyed")


def prepare_for_writing(db: Path) -> None:
    """Create or check the warehouse and bring its schema up to date, before a run does any work."""
    with writing(db):
        pass
