"""``wirehouse query`` and ``wirehouse shell``: SQL on a read-only connection that can never write the warehouse.

DuckDB's read-only mode refuses writes to the warehouse's tables, but not a
``COPY … TO`` a file, which overwrote the warehouse itself when the export path
was the warehouse's (one typo). Every statement is checked before it runs:

- statements that change data or schema (INSERT, UPDATE, DELETE, CREATE, DROP,
  ALTER, VACUUM) are refused: the warehouse changes only through ``wirehouse run``;
- ``COPY … TO``, ``EXPORT DATABASE`` and ``ATTACH`` must name their file as a
  string literal, and that file must not be the warehouse or its WAL (by path or,
  for a link, by inode); a COPY to any other file is an export and runs.
"""

import os
import sys
from pathlib import Path

import duckdb
import polars as pl

from warehouse.io import connect

REFUSED = {"INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "VACUUM", "CREATE_FUNC", "MERGE_INTO", "UPDATE_EXTENSIONS"}
# Statements that name a file they write or open: its path is checked against the warehouse's.
# COPY writes to the literal after its top-level TO; EXPORT and ATTACH name theirs first.
NAMING_A_FILE = {"COPY": "to", "EXPORT": "", "ATTACH": ""}


class QueryRefused(ValueError):
    """The SQL could write the warehouse (or is empty); the message says why."""


class EmptyQuery(QueryRefused):
    """No statement at all (empty, or comments only): a usage error."""


def protected_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + ".wal")]


def statements(con: duckdb.DuckDBPyConnection, sql: str, db: Path) -> list[str]:
    """The statements of ``sql``, each checked; ``QueryRefused`` for the first that could write the warehouse."""
    parsed = con.extract_statements(sql)
    if not parsed:
        raise EmptyQuery("no SQL statement given (empty, or comments only)")
    for statement in parsed:
        kind = statement.type.name
        if kind in REFUSED:
            raise QueryRefused(f"the warehouse is read-only here: {kind} statements are refused (it changes only through `wirehouse run`)")
        if kind not in NAMING_A_FILE:
            continue
        keyword = NAMING_A_FILE[kind]
        found, target = _top_level_literal_after(statement.query, keyword)
        if kind == "COPY" and not found:
            continue  # COPY … FROM a file into a table: DuckDB refuses it on the read-only warehouse
        if target is None:
            raise QueryRefused(f"{kind} must name its file as a quoted path, so it can be checked not to be the warehouse")
        if _is_protected(Path(target), db):
            raise QueryRefused(f"{kind} to {target} refused: that is the warehouse {db} (or its WAL); export to another file")
    return [statement.query for statement in parsed]


def _is_protected(target: Path, db: Path) -> bool:
    target = target.expanduser()
    for protected in protected_files(db):
        if target.resolve() == protected.resolve():
            return True
        try:
            if target.exists() and protected.exists() and os.path.samefile(target, protected):
                return True
        except OSError:
            continue
    return False


def _top_level_literal_after(sql: str, keyword: str) -> tuple[bool, str | None]:
    """Whether ``keyword`` occurs outside parentheses, quotes and comments, and the string literal right after it.

    An empty ``keyword`` finds the first top-level string literal.
    """
    depth, i, n = 0, 0, len(sql)
    while i < n:
        char = sql[i]
        if char in "'\"":
            end = _quote_end(sql, i)
            if not keyword and char == "'" and depth == 0:
                return True, sql[i + 1:end].replace("''", "'")
            i = end + 1
            continue
        if sql.startswith("--", i):
            newline = sql.find("\n", i)
            i = n if newline < 0 else newline + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif keyword and depth == 0 and sql[i:i + len(keyword)].lower() == keyword and _word_edges(sql, i, len(keyword)):
            rest = sql[i + len(keyword):].lstrip()
            if rest.startswith("'"):
                return True, rest[1:_quote_end(rest, 0)].replace("''", "'")
            return True, None
        i += 1
    return False, None


def _quote_end(sql: str, start: int) -> int:
    """Index of the quote closing the literal that opens at ``start`` (a doubled quote is an escape)."""
    quote, i = sql[start], start + 1
    while i < len(sql):
        if sql[i] == quote:
            if i + 1 < len(sql) and sql[i + 1] == quote:
                i += 2
                continue
            return i
        i += 1
    return len(sql)


def _word_edges(sql: str, start: int, length: int) -> bool:
    before = sql[start - 1] if start else " "
    after = sql[start + length] if start + length < len(sql) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def run_query(db: Path, sql: str) -> pl.DataFrame | None:
    """Run ``sql`` (one or more statements) read-only; the last statement's rows, if it returns any."""
    con = connect(db, read_only=True)
    try:
        return execute(con, sql, db)
    finally:
        con.close()


def execute(con: duckdb.DuckDBPyConnection, sql: str, db: Path) -> pl.DataFrame | None:
    result = None
    for statement in statements(con, sql, db):
        relation = con.sql(statement)
        result = relation.pl() if relation is not None else None
    return result


def shell(db: Path, print_frame) -> None:
    """An interactive SQL prompt on the read-only warehouse: statements end with ``;``; ``.tables``, ``.quit``."""
    try:
        import readline  # noqa: F401 - line editing and history for input()
    except ImportError:
        pass
    con = connect(db, read_only=True)
    interactive = sys.stdin.isatty()
    if interactive:
        print(f"wirehouse shell on {db} (read-only). End statements with ';'. .tables lists tables, .quit or Ctrl-D leaves.")
    pending: list[str] = []
    try:
        while True:
            try:
                line = input("wirehouse> " if not pending else "      ...> ") if interactive else sys.stdin.readline()
            except EOFError:
                break
            except KeyboardInterrupt:
                print()
                pending.clear()
                continue
            if not interactive and line == "":
                break
            stripped = line.strip()
            if not pending and stripped in (".quit", ".exit"):
                break
            if not pending and stripped == ".tables":
                stripped = "select table_name from duckdb_tables() union all select view_name from duckdb_views() where not internal order by 1;"
            if not stripped:
                continue
            pending.append(stripped)
            if not stripped.endswith(";"):
                continue
            sql, pending = "\n".join(pending), []
            try:
                frame = execute(con, sql, db)
            except (QueryRefused, duckdb.Error) as error:
                print(f"error: {error}", file=sys.stderr)
                continue
            if frame is not None:
                print_frame(frame, "table")
    finally:
        con.close()
