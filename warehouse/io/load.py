"""The load: one run moved from the staging area (Parquet files of the run) into the warehouse.

Stages never touch DuckDB; ``load_run`` applies a whole run in one transaction, so a
failure leaves the warehouse as it was.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from transforms.schema import CONTENT_TABLES, DERIVED_TABLES
from warehouse.io.connection import WarehouseError, transaction
from warehouse.io.schema_upgrade import writing
from warehouse.marts import build_marts, marts_missing

LOAD_MEMORY_LIMIT = "512MB"
SOURCES_SCHEMA = {"path": pl.String, "record": pl.Int64, "document_id": pl.String, "file_fingerprint": pl.String}
INPUTS_SCHEMA = {"path": pl.String}


@dataclass
class PathChanges:
    """What a run saw of its input paths, applied to ``document_sources`` by ``apply_path_changes``."""

    seen: pl.DataFrame  # SOURCES_SCHEMA: every path (and record) whose content is (or is now) a document
    inputs: list[str]  # every input path, rejected ones included
    prune: bool = False
    unchanged: list[str] = field(default_factory=list)  # record files as stored: their rows are only seen again


@dataclass
class RunLoad:
    """What one run puts into the warehouse; table files are Parquet globs in the staging area.

    ``staged["run_sources"]`` holds the paths the ingest stage read (``PathChanges.seen`` the others).
    """

    run_id: str
    staged: dict[str, str]
    paths: PathChanges
    rederived_document_ids: list[str]
    run_row: dict


RUN_SOURCES = "run_sources"
# Tables keyed by document whose staged rows replace stored ones (a full refresh extracts pages again).
REPLACED_ON_LOAD = ("documents", "document_originals")


def load_run(
    db: Path, load: RunLoad, before_commit: Callable[[], None] = lambda: None,
) -> tuple[dict[str, int], dict[str, float]]:
    """Apply one run and rebuild the marts in a single transaction; returns rows inserted per table (and
    documents released) and the marts' build seconds per step.

    Documents already in the warehouse (another run loaded them after this one planned)
    are not inserted again, nor are their articles, paragraphs, quotes and figures.
    ``before_commit`` runs inside the transaction, just before COMMIT.
    """
    with writing(db) as con:
        # Insert order carries no meaning here; dropping it and capping DuckDB's buffer
        # pool lets large loads stream from the staged Parquet instead of growing with the run.
        con.execute("set preserve_insertion_order = false")
        con.execute(f"set memory_limit = '{LOAD_MEMORY_LIMIT}'")
        staged = dict(load.staged)
        read_sources = staged.pop(RUN_SOURCES, None)
        seen = load.paths.seen
        if read_sources:
            seen = pl.concat([seen, con.sql(
                f"select source_path as path, record, document_id, file_fingerprint from read_parquet('{read_sources}', union_by_name=true)"
            ).pl()])
        with transaction(con):
            delete_documents(con, load.rederived_document_ids, DERIVED_TABLES)
            replace_rederived(con, load.rederived_document_ids, staged)
            loaded = already_loaded(con, staged.get("documents"))
            inserted = {}
            for table, glob in staged.items():
                rows = f"read_parquet('{glob}', union_by_name=true)"
                if loaded and table in ("documents", *DERIVED_TABLES):
                    rows = f"(select * from {rows} anti join already_loaded using (document_id))"
                before = con.sql(f"select count(*) from {table}").fetchall()[0][0]
                con.execute(f"insert into {table} by name select * from {rows}")
                inserted[table] = con.sql(f"select count(*) from {table}").fetchall()[0][0] - before
            changes = PathChanges(seen, load.paths.inputs, load.paths.prune, load.paths.unchanged)
            released = apply_path_changes(con, changes, load.run_id, load.run_row["finished_at"])
            inserted["documents_removed"] = len(released)
            mark_rules_version(con, load)
            mart_seconds = build_marts(con, load.rederived_document_ids)
            record_run(con, load.run_row)
            before_commit()
    return inserted, mart_seconds


def replace_rederived(con: duckdb.DuckDBPyConnection, rederived_document_ids: list[str], staged: dict[str, str]) -> None:
    """Delete the stored rows that a full refresh staged again (pages extracted again from their originals).

    Only documents this run re-derives: a staged document that another run loaded
    meanwhile stays as stored, and ``already_loaded`` keeps its rows from loading twice.
    """
    if not rederived_document_ids:
        return
    con.register("rederived_documents", pl.DataFrame({"document_id": rederived_document_ids}, schema={"document_id": pl.String}))
    for table in REPLACED_ON_LOAD:
        if table in staged:
            con.execute(
                f"delete from {table} where document_id in (select document_id from read_parquet('{staged[table]}')) "
                "and document_id in (select document_id from rederived_documents)"
            )
    con.unregister("rederived_documents")


def already_loaded(con: duckdb.DuckDBPyConnection, documents_glob: str | None) -> int:
    """Stage the ids of staged documents the warehouse already holds as ``already_loaded``; returns how many."""
    if documents_glob is None:
        return 0
    con.execute(
        "create or replace temp table already_loaded as select document_id "
        f"from read_parquet('{documents_glob}') semi join documents using (document_id)"
    )
    return con.sql("select count(*) from already_loaded").fetchall()[0][0]


def apply_path_changes(con: duckdb.DuckDBPyConnection, changes: PathChanges, run_id: str, at) -> list[str]:
    """Point every seen path (and record) at its document, mark pruned paths removed, delete documents no path holds.

    A path seen in this run holds exactly the records it was seen with: a record no
    longer in its file is marked removed. Documents are deleted only among those a
    path let go of in this run (a path now holding other content, a record gone, or
    pruned): a document stays while any live path holds it. Returns the deleted ids.
    """
    con.register("run_seen", changes.seen.unique(["path", "record"], keep="last"))
    con.register("run_inputs", pl.DataFrame({"path": changes.inputs}, schema=INPUTS_SCHEMA))
    con.register("run_unchanged", pl.DataFrame({"path": changes.unchanged}, schema=INPUTS_SCHEMA))
    same_row = "r.path = s.path and r.record is not distinct from s.record"
    try:
        # Only paths of documents that exist (a quarantined document is not stored).
        con.execute("create or replace temp table seen_paths as select * from run_seen semi join documents using (document_id)")
        con.execute(
            f"""create or replace temp table let_go as
               select s.document_id from document_sources s
               where s.removed_at is null and s.path in (select path from seen_paths)
                 and not exists (select 1 from seen_paths r where {same_row} and r.document_id = s.document_id)"""
        )
        con.execute(
            f"""update document_sources s set removed_at = ?, last_run_id = ?
               where s.removed_at is null and s.path in (select path from seen_paths)
                 and not exists (select 1 from seen_paths r where {same_row})""",
            [at, run_id],
        )
        if changes.prune:
            con.execute(
                "insert into let_go select document_id from document_sources "
                "where removed_at is null and path not in (select path from run_inputs)"
            )
            con.execute(
                "update document_sources set removed_at = ?, last_run_id = ? "
                "where removed_at is null and path not in (select path from run_inputs)",
                [at, run_id],
            )
        con.execute(
            f"""update document_sources s set document_id = r.document_id, file_fingerprint = r.file_fingerprint,
                      last_seen_at = ?, last_run_id = ?, removed_at = null
               from seen_paths r where {same_row}""",
            [at, run_id],
        )
        con.execute(
            f"""insert into document_sources (path, document_id, first_seen_at, last_seen_at, removed_at, first_run_id, last_run_id, record, file_fingerprint)
               select path, document_id, ?, ?, null, ?, ?, record, file_fingerprint from seen_paths r
               where not exists (select 1 from document_sources s where {same_row})""",
            [at, at, run_id, run_id],
        )
        con.execute(
            "update document_sources set last_seen_at = ?, last_run_id = ? where removed_at is null and path in (select path from run_unchanged)",
            [at, run_id],
        )
        doomed = [
            row[0] for row in con.sql(
                "select distinct document_id from let_go "
                "where document_id not in (select document_id from document_sources where removed_at is null)"
            ).fetchall()
        ]
        delete_documents(con, doomed, (*DERIVED_TABLES, "documents", "document_originals"))
        return doomed
    finally:
        con.execute("drop table if exists seen_paths")
        con.execute("drop table if exists let_go")
        con.unregister("run_seen")
        con.unregister("run_inputs")
        con.unregister("run_unchanged")


def mark_rules_version(con: duckdb.DuckDBPyConnection, load: "RunLoad") -> None:
    """Stamp the documents this run derived (loaded or re-derived) with the run's extraction rules."""
    con.register("derived_documents", pl.DataFrame({"document_id": load.rederived_document_ids}, schema={"document_id": pl.String}))
    con.execute(
        "update documents set rules_version = ? where run_id = ? or document_id in (select document_id from derived_documents)",
        [load.run_row.get("rules_version"), load.run_id],
    )
    con.unregister("derived_documents")


def table_totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per content table: what a run leaves behind, so a later silent drop is detectable."""
    return {table: con.sql(f"select count(*) from {table}").fetchall()[0][0] for table in CONTENT_TABLES}


def delete_documents(con: duckdb.DuckDBPyConnection, document_ids: list[str], tables: tuple[str, ...]) -> None:
    """Delete the rows of ``document_ids`` from ``tables`` (children first, so no orphans)."""
    if not document_ids:
        return
    con.register("doomed_documents", pl.DataFrame({"document_id": document_ids}, schema={"document_id": pl.String}))
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
    with writing(db) as con:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        con.execute(f"update pipeline_runs set {assignments} where run_id = ?", [*columns.values(), run_id])


def record_path_changes(db: Path, run_row: dict, changes: PathChanges, rejected: pl.DataFrame) -> list[str]:
    """A run with no content to read: its path changes, rejected files and run row in one transaction,
    with the marts rebuilt when paths changed (or none were built yet, by a release before them).

    Returns the ids of documents deleted because no path holds them any more.
    """
    with writing(db) as con, transaction(con):
        if rejected.height:
            con.register("run_rejected", rejected)
            con.execute("insert into rejected_files by name select * from run_rejected")
            con.unregister("run_rejected")
        released = apply_path_changes(con, changes, run_row["run_id"], run_row["finished_at"])
        if run_row["status"] != "up_to_date" or marts_missing(con):
            build_marts(con)
        record_run(con, run_row)
    return released


def record_failed_run(db: Path, run_row: dict) -> str | None:
    """Record a run that failed or was interrupted, unless its load committed: returns the status recorded.

    The load writes the run's row in its own transaction, so a row already there means
    the load committed before the failure (or the interrupt): it stays as it is. None
    when the file cannot be written: a locked, read-only or full warehouse is why many runs fail.
    """
    try:
        with writing(db) as con:
            recorded = con.sql("select status from pipeline_runs where run_id = ?", params=[run_row["run_id"]]).fetchall()
            if recorded:
                return recorded[0][0]
            record_run(con, run_row)
            return run_row["status"]
    except (WarehouseError, duckdb.Error, OSError):
        return None
