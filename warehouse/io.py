"""DuckDB at the edge of the pipeline: connecting, schema, reads, and the load.

Stages never touch DuckDB; they hand frames to the staging area (Parquet files
of one run), and ``load_run`` moves a whole run into the warehouse in one
transaction, so a failure leaves the warehouse as it was.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).parent
DERIVED_TABLES = ("articles", "paragraphs", "quotes", "figures")
LOCK_HOLDER = re.compile(r"PID (\d+)")
LOAD_MEMORY_LIMIT = "512MB"


class WarehouseLocked(RuntimeError):
    """Another process holds the DuckDB file's write lock."""


def connect(db: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a lock held by another process becomes ``WarehouseLocked``."""
    if read_only and not db.exists():
        raise FileNotFoundError(f"warehouse {db} does not exist (run `wirehouse run` first)")
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(db), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" not in str(error).lower():
            raise
        message = str(error)
    # Raised outside the handler so no DuckDB exception stays chained to it.
    holder = LOCK_HOLDER.search(message)
    pid = f" (pid {holder.group(1)})" if holder else ""
    raise WarehouseLocked(f"warehouse {db} is locked by another process{pid}")


def sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, apply pending migrations once each, refresh views."""
    drop_derived_primary_keys(con)
    for path in sql_files("tables"):
        con.execute(path.read_text())
    con.execute("create table if not exists schema_migrations (name varchar primary key, applied_at timestamptz)")
    applied = {row[0] for row in con.sql("select name from schema_migrations").fetchall()}
    for path in sql_files("migrations"):
        if path.name not in applied:
            con.execute(path.read_text())
            con.execute("insert into schema_migrations values (?, now())", [path.name])
    for path in sql_files("views"):
        con.execute(path.read_text())


def drop_derived_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild derived tables created with a primary key (warehouses from the first release).

    A primary key's index holds every key in memory while a run loads, so load
    memory and time grew with the warehouse (3M keys: 1 GB and 3.5x the time).
    Uniqueness is checked by the suites and `wirehouse check` instead. DuckDB
    cannot drop a constraint: the table is renamed, created again from its DDL
    file (``ensure_schema`` then finds it), and its rows copied back.
    """
    keyed = [
        row[0] for row in con.sql(
            "select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY' and table_name in "
            f"({', '.join(repr(table) for table in DERIVED_TABLES)})"
        ).fetchall()
    ]
    if not keyed:
        return
    ddl = {path.stem.split("_", 1)[1]: path for path in sql_files("tables")}
    con.execute("begin transaction")
    try:
        for (view,) in con.sql("select view_name from duckdb_views() where not internal").fetchall():
            con.execute(f'drop view "{view}"')  # views depend on the tables; ensure_schema recreates them
        for table in keyed:
            con.execute(f"alter table {table} rename to {table}_keyed")
            con.execute(ddl[table].read_text())
            con.execute(f"insert into {table} by name select * from {table}_keyed")
            con.execute(f"drop table {table}_keyed")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def known_documents(db: Path) -> pl.DataFrame:
    """(document_id, source_path) of every document already in the warehouse."""
    empty = pl.DataFrame(schema={"document_id": pl.String, "source_path": pl.String})
    if not db.exists():
        return empty
    con = connect(db, read_only=True)
    try:
        has_table = con.sql(
            "select count(*) from information_schema.tables where table_name = 'documents'"
        ).fetchall()[0][0]
        return con.sql("select document_id, source_path from documents").pl() if has_table else empty
    finally:
        con.close()


def stored_documents(db: Path, document_ids: list[str], columns: str = "*") -> pl.DataFrame:
    """Stored documents (raw text included by default), for re-deriving tables without the source files."""
    con = connect(db, read_only=True)
    try:
        con.register("wanted_documents", pl.DataFrame({"document_id": document_ids}, schema={"document_id": pl.String}))
        return con.sql(f"select {columns} from documents semi join wanted_documents using (document_id)").pl()
    finally:
        con.close()


def recent_runs(db: Path, limit: int) -> pl.DataFrame:
    """The last ``limit`` runs, newest first, with the columns an operator scans."""
    con = connect(db, read_only=True)
    try:
        return con.sql(
            f"""select run_id, trigger, status, started_at::timestamp(0) as started_at,
                       round(epoch(finished_at - started_at), 1) as seconds,
                       files_seen as seen, files_new as new, files_changed as changed,
                       files_skipped as skipped, files_rejected as rejected,
                       documents_rows as docs, quotes_rows as quotes, figures_rows as figures,
                       quarantined_rows as quarantined
                from pipeline_runs order by started_at desc limit {int(limit)}"""
        ).pl()
    finally:
        con.close()


@dataclass
class RunLoad:
    """What one run puts into the warehouse; table files are Parquet globs in the staging area."""

    run_id: str
    staged: dict[str, str]
    replaced_document_ids: list[str]
    pruned_document_ids: list[str]
    rederived_document_ids: list[str]
    run_row: dict


def load_run(db: Path, load: RunLoad, before_commit: Callable[[], None] = lambda: None) -> dict[str, int]:
    """Apply one run in a single transaction; returns rows inserted per table.

    Documents already in the warehouse (another run loaded them after this one planned)
    are not inserted again, nor are their articles, paragraphs, quotes and figures.
    ``before_commit`` runs inside the transaction, just before COMMIT.
    """
    con = connect(db)
    try:
        ensure_schema(con)
        # Insert order carries no meaning here; dropping it and capping DuckDB's buffer
        # pool lets large loads stream from the staged Parquet instead of growing with the run.
        con.execute("set preserve_insertion_order = false")
        con.execute(f"set memory_limit = '{LOAD_MEMORY_LIMIT}'")
        con.execute("begin transaction")
        try:
            gone = load.replaced_document_ids + load.pruned_document_ids
            delete_documents(con, gone, (*DERIVED_TABLES, "documents"))
            delete_documents(con, load.rederived_document_ids, DERIVED_TABLES)
            loaded = already_loaded(con, load.staged.get("documents"))
            inserted = {}
            for table, glob in load.staged.items():
                rows = f"read_parquet('{glob}', union_by_name=true)"
                if loaded and table in ("documents", *DERIVED_TABLES):
                    rows = f"(select * from {rows} anti join already_loaded using (document_id))"
                before = con.sql(f"select count(*) from {table}").fetchall()[0][0]
                con.execute(f"insert into {table} by name select * from {rows}")
                inserted[table] = con.sql(f"select count(*) from {table}").fetchall()[0][0] - before
            record_run(con, load.run_row)
            before_commit()
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.close()
    return inserted


def already_loaded(con: duckdb.DuckDBPyConnection, documents_glob: str | None) -> int:
    """Stage the ids of staged documents the warehouse already holds as ``already_loaded``; returns how many."""
    if documents_glob is None:
        return 0
    con.execute(
        "create or replace temp table already_loaded as select document_id "
        f"from read_parquet('{documents_glob}') semi join documents using (document_id)"
    )
    return con.sql("select count(*) from already_loaded").fetchall()[0][0]


def table_totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per content table: what a run leaves behind, so a later silent drop is detectable."""
    return {table: con.sql(f"select count(*) from {table}").fetchall()[0][0] for table in ("documents", *DERIVED_TABLES)}


def delete_documents(con: duckdb.DuckDBPyConnection, document_ids: list[str], tables: tuple[str, ...]) -> None:
    """Delete the rows of ``document_ids`` from ``tables`` (children first, so no orphans)."""
    if not document_ids:
        return
    con.register("doomed_documents", pl.DataFrame({"document_id": document_ids}))
    for table in tables:
        con.execute(f"delete from {table} where document_id in (select document_id from doomed_documents)")
    con.unregister("doomed_documents")


def record_run(con: duckdb.DuckDBPyConnection, run_row: dict) -> None:
    """Insert or replace the run's row in ``pipeline_runs``, with the rows it leaves behind."""
    run_row = {**run_row, "table_rows": json.dumps(table_totals(con))}
    con.execute("delete from pipeline_runs where run_id = ?", [run_row["run_id"]])
    columns = ", ".join(run_row)
    marks = ", ".join("?" for _ in run_row)
    con.execute(f"insert into pipeline_runs ({columns}) values ({marks})", list(run_row.values()))


def update_run(db: Path, run_id: str, **columns) -> None:
    """Set columns of a recorded run (the load's own duration is known only after it commits)."""
    con = connect(db)
    try:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        con.execute(f"update pipeline_runs set {assignments} where run_id = ?", [*columns.values(), run_id])
    finally:
        con.close()


def record_run_alone(db: Path, run_row: dict) -> None:
    """Record a run that loads nothing (up to date, or failed and rolled back) in its own transaction."""
    con = connect(db)
    try:
        ensure_schema(con)
        record_run(con, run_row)
    finally:
        con.close()


def record_failed_run(db: Path, run_row: dict) -> str | None:
    """Record a run that failed or was interrupted, unless its load committed: returns the status recorded.

    The load writes the run's row in its own transaction, so a row already there means
    the load committed before the failure (or the interrupt): it stays as it is. None
    when the file is locked by another process, which is why many runs fail.
    """
    try:
        con = connect(db)
    except WarehouseLocked:
        return None
    try:
        ensure_schema(con)
        recorded = con.sql("select status from pipeline_runs where run_id = ?", params=[run_row["run_id"]]).fetchall()
        if recorded:
            return recorded[0][0]
        record_run(con, run_row)
        return run_row["status"]
    finally:
        con.close()
