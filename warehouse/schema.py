"""DDL generated from ``transforms.schema``: the tables, their keys, and each column's doc as a DuckDB comment.

Comments land in DuckDB's catalog, so any client reads the docs beside the data:
``select table_name, column_name, comment from duckdb_columns()``.
"""

import duckdb

from transforms.schema import ALL_TABLES, Table


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table(table: Table) -> str:
    """``create table if not exists`` for ``table``, columns in schema order."""
    lines = []
    for column in table.columns:
        constraint = " primary key" if column.name == table.primary_key else "" if column.nullable else " not null"
        default = f" default {column.default}" if column.default is not None else ""
        lines.append(f"    {column.name} {column.type}{default}{constraint}")
    return f"create table if not exists {table.name} (\n" + ",\n".join(lines) + "\n)"


def documented(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str | None], str | None]:
    """(table, column or None for the table) -> the comment the warehouse holds now."""
    found = {(table, None): comment for table, comment in con.sql("select table_name, comment from duckdb_tables()").fetchall()}
    found |= {(table, column): comment for table, column, comment in con.sql("select table_name, column_name, comment from duckdb_columns()").fetchall()}
    return found


def comment_statement(kind: str, name: str, doc: str, holds: dict) -> str | None:
    """``comment on`` a table (kind 'table', name 't') or column (kind 'column', name 't.c'), unless it holds ``doc``."""
    key = (name, None) if kind == "table" else tuple(name.split(".", 1))
    return None if holds.get(key) == doc else f"comment on {kind} {name} is {quoted(doc)}"


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    for table in ALL_TABLES:
        con.execute(create_table(table))


def document_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Bring every table's and column's comment up to its doc (one catalog read when they already are)."""
    holds = documented(con)
    statements = [
        *(comment_statement("table", table.name, table.doc, holds) for table in ALL_TABLES),
        *(comment_statement("column", f"{table.name}.{column.name}", column.doc, holds) for table in ALL_TABLES for column in table.columns),
    ]
    statements = [statement for statement in statements if statement]
    if statements:
        con.execute(";\n".join(statements))  # one call: each statement alone is a catalog write of its own
