"""DuckDB at the edge of the pipeline: connecting, schema, reads, and the load.

Stages never touch DuckDB; they hand frames to the staging area (Parquet files
of one run), and ``load_run`` moves a whole run into the warehouse in one
transaction, so a failure leaves the warehouse as it was.

The file is written in DuckDB's storage format ``STORAGE_VERSION`` so DuckDB 1.x
clients (BI tools, drivers, the ``duckdb-cli`` package) open it as well as 2.0.
Before a run writes to the file, it is checked to be a DuckDB file that can be
written and, when something else has changed it since our last write, read
through once (DuckDB verifies every block's checksum as it reads).
"""

import errno
import json
import os
import re
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from transforms.schema import BY_NAME, CONTENT_TABLES, DERIVED_TABLES
from warehouse import catalog
from warehouse.marts import build_marts, document_statements, marts_missing
from warehouse.schema import create_table, create_tables, document_tables

SQL_DIR = Path(__file__).parent
LOCK_HOLDER = re.compile(r"PID (\d+)")
LOAD_MEMORY_LIMIT = "512MB"
# Storage format 66 ("v1.3.0"): read by DuckDB 1.3, 1.4, 1.5 (the duckdb-cli package) and
# 2.0. It is the oldest format with 1.3's string compression: a warehouse of BBC's business
# section takes 6.0 MB in it, as in 2.0's format 69, against 9.4 MB in 1.2's and 10.0 MB in
# 1.0's (which 0.10-1.2 clients would read). A warehouse written in a newer format by an
# earlier release is rewritten in this one the next time a run opens it.
STORAGE_VERSION = "v1.3.0"
STORAGE_FORMAT = 66
DUCKDB_MAGIC = b"DUCK"
MAGIC_OFFSET = 8
FORMAT_OFFSET = 12


class WarehouseError(RuntimeError):
    """The warehouse file cannot be used as asked; the message is the one line the CLI prints."""


class WarehouseLocked(WarehouseError):
    """Another process holds the DuckDB file's write lock."""


# Open connections, so that a stop can end their queries from another thread.
_open: "weakref.WeakSet[duckdb.DuckDBPyConnection]" = weakref.WeakSet()


def interruptible(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """``con``, whose query in progress ``interrupt_queries`` ends."""
    _open.add(con)
    return con


def interrupt_queries() -> None:
    """End the query in progress on every open connection: it raises ``RuntimeError('Query interrupted')``.

    DuckDB ends a query itself when the main thread's signal handler raises, but not
    always (the handler's exception can be lost while the query goes on); this works
    from any thread.
    """
    for con in list(_open):
        try:
            con.interrupt()
        except duckdb.Error:  # closed meanwhile
            pass


def connect(db: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a lock held by another process becomes ``WarehouseLocked``.

    A new warehouse is created in ``STORAGE_VERSION``; an existing one is checked
    (``WarehouseError``) before it is opened for writing.
    """
    if read_only and not db.exists():
        raise FileNotFoundError(f"warehouse {db} does not exist (run `wirehouse run` first)")
    if not read_only:
        _check_writable(db)
        if not db.exists():
            _create(db)
        elif _storage_format(db) > STORAGE_FORMAT and not db.with_name(db.name + ".wal").exists():
            _rewrite_in_storage_version(db)
    try:
        con = interruptible(duckdb.connect(str(db), read_only=read_only))
    except duckdb.IOException as error:
        message = str(error)
    else:
        if not read_only:
            _verify_if_changed(con, db)
        return con
    raise _open_failure(db, message)  # outside the handler, so no DuckDB exception stays chained to it


def _open_failure(db: Path, message: str) -> WarehouseError:
    """``WarehouseLocked`` naming the process holding the lock, or the failure's one line."""
    if "lock" not in message.lower():
        return WarehouseError(describe_failure(db, message))
    holder = LOCK_HOLDER.search(message)
    pid = f" (pid {holder.group(1)})" if holder else ""
    return WarehouseLocked(f"warehouse {db} is locked by another process{pid}")


# Failures of the disk or the file, not of the SQL: what DuckDB's message says, and the line a user acts on.
ENVIRONMENT_FAILURES = (
    (("no space left",), "no space left on the device holding warehouse {db}: free some space and run again"),
    (("read-only file system", "permission denied", "operation not permitted"), "warehouse {db} is read-only"),
    (("not a valid duckdb database", "corrupt", "checksum"), "warehouse {db} is corrupt and was not written: restore it from a backup"),
    (("version number",), "warehouse {db} was written by a newer DuckDB"),
)


def _environment_failure(message: str) -> str | None:
    lowered = message.lower()
    return next((line for causes, line in ENVIRONMENT_FAILURES if any(cause in lowered for cause in causes)), None)


def is_environment_failure(message: str) -> bool:
    """A failure of the disk or the file (full, read-only, corrupt), not of the SQL."""
    return _environment_failure(message) is not None


def describe_failure(db: Path, message: str) -> str:
    """One line for a DuckDB failure on the warehouse: the cause a user can act on, then DuckDB's words."""
    detail = message.strip().splitlines()[0] if message.strip() else ""
    line = _environment_failure(message)
    return f"{line.format(db=db)} ({detail})" if line else f"warehouse {db}: {detail}"


def _check_writable(db: Path) -> None:
    """Refuse a read-only warehouse (permissions, an immutable file, a read-only mount) before DuckDB tries."""
    folder = db.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WarehouseError(f"cannot create the folder of warehouse {db}: {error.strerror}") from None
    target = db if db.exists() else folder
    if not os.access(target, os.W_OK):
        why = "an immutable file" if db.exists() and _immutable(db) else "no write permission"
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            why = "a read-only file system"
        raise WarehouseError(f"warehouse {db} is read-only ({why}): runs need to write it")
    if db.exists():
        with db.open("rb") as handle:
            handle.seek(MAGIC_OFFSET)
            magic = handle.read(len(DUCKDB_MAGIC))
        if db.stat().st_size and magic != DUCKDB_MAGIC:
            raise WarehouseError(f"warehouse {db} is not a DuckDB file (its header is damaged or it is another file): not written")


def _immutable(path: Path) -> bool:
    try:
        import fcntl
        import struct

        FS_IOC_GETFLAGS, FS_IMMUTABLE_FL = 0x80086601, 0x10
        with path.open("rb") as handle:
            flags = struct.unpack("l", fcntl.ioctl(handle.fileno(), FS_IOC_GETFLAGS, struct.pack("l", 0)))[0]
        return bool(flags & FS_IMMUTABLE_FL)
    except OSError:
        return False


def _create(db: Path) -> None:
    """An empty warehouse in ``STORAGE_VERSION``: a later plain connect keeps the file's version."""
    con = duckdb.connect()
    try:
        con.execute(f"attach '{_sql_string(db)}' as warehouse (storage_version '{STORAGE_VERSION}')")
        con.execute("detach warehouse")
    except duckdb.IOException as error:
        raise _open_failure(db, str(error)) from None
    finally:
        con.close()


def _storage_format(db: Path) -> int:
    with db.open("rb") as handle:
        handle.seek(FORMAT_OFFSET)
        return int.from_bytes(handle.read(8), "little")


def _rewrite_in_storage_version(db: Path) -> None:
    """Copy a warehouse written in a newer storage format into ``STORAGE_VERSION``, then swap the files.

    The copy is made beside the file and renamed over it only once complete, so an
    interrupted rewrite leaves the original as it was.
    """
    copy = db.with_name(f".{db.name}.rewriting")
    copy.unlink(missing_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"attach '{_sql_string(db)}' as original (read_only)")
        con.execute(f"attach '{_sql_string(copy)}' as rewritten (storage_version '{STORAGE_VERSION}')")
        con.execute("copy from database original to rewritten")
        con.execute("detach rewritten")
    except duckdb.Error as error:
        copy.unlink(missing_ok=True)
        raise _open_failure(db, str(error)) from None
    finally:
        con.close()
    os.replace(copy, db)


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")


def _stamp(db: Path) -> Path:
    """Size and mtime of the file when our last write closed it: unchanged since, it needs no read-through."""
    return db.with_name(f".{db.name}.verified")


def _file_state(db: Path) -> str:
    info = db.stat()
    return f"{info.st_size} {info.st_mtime_ns}"


def mark_verified(db: Path) -> None:
    try:
        _stamp(db).write_text(_file_state(db))
    except OSError:
        pass  # only costs a read-through next time


def _verify_if_changed(con: duckdb.DuckDBPyConnection, db: Path) -> None:
    try:
        if _stamp(db).read_text() == _file_state(db):
            return
    except OSError:
        pass
    try:
        verify_readable(con)
    except duckdb.Error as error:
        con.close()
        raise WarehouseError(describe_failure(db, f"corrupt: {error}")) from None
    mark_verified(db)


def verify_readable(con: duckdb.DuckDBPyConnection) -> None:
    """Read every column of every table once; DuckDB checks each block's checksum as it reads it."""
    tables = con.sql(
        "select table_name, list(column_name order by column_index) from duckdb_columns() "
        "where database_name = current_database() and schema_name = 'main' group by table_name"
    ).fetchall()
    for table, columns in tables:
        reads = ", ".join(f'sum(hash("{column}"))' for column in columns)
        con.sql(f'select count(*), {reads} from "{table}"').fetchall()


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


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit, or roll back and raise the error that caused it.

    A failed write (a full disk) can end the transaction inside DuckDB; the rollback
    then fails too ("no transaction is active") and must not hide the first error.
    """
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except BaseException:
        try:
            con.execute("rollback")
        except duckdb.Error:
            pass
        raise


@dataclass
class Known:
    """What the warehouse already holds, as far as planning a run needs it."""

    document_ids: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)  # live path of a whole-file document -> document_id
    fingerprints: dict[str, str] = field(default_factory=dict)  # live path -> the file's fingerprint as last read
    rejected: dict[str, str | None] = field(default_factory=dict)  # path -> fingerprint of its latest rejection


def known_state(db: Path) -> Known:
    """Stored documents, live paths, and the fingerprint of each path's latest rejection."""
    if not db.exists():
        return Known()
    con = connect(db, read_only=True)
    try:
        tables = {row[0] for row in con.sql("select table_name from duckdb_tables() where database_name = current_database()").fetchall()}
        if "documents" not in tables:
            return Known()
        known = Known(document_ids={row[0] for row in con.sql("select document_id from documents").fetchall()})
        source_columns = {row[0] for row in con.sql("select column_name from duckdb_columns() where table_name = 'document_sources'").fetchall()}
        if "file_fingerprint" in source_columns:
            live = con.sql("select path, record, document_id, file_fingerprint from document_sources where removed_at is null").fetchall()
            known.sources = {path: document_id for path, record, document_id, _ in live if record is None}
            known.fingerprints = {path: fingerprint for path, _, _, fingerprint in live}
        else:  # a warehouse the migrations have not reached yet: each path's document is its fingerprint
            query = "select path, document_id from document_sources where removed_at is null" if source_columns else "select source_path, document_id from documents"
            known.sources = dict(con.sql(query).fetchall())
            known.fingerprints = dict(known.sources)
        columns = {row[0] for row in con.sql("select column_name from duckdb_columns() where table_name = 'rejected_files'").fetchall()}
        if "fingerprint" in columns:
            known.rejected = dict(
                con.sql("select path, arg_max(fingerprint, seen_at) from rejected_files group by path").fetchall()
            )
        return known
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


@dataclass
class FetchState:
    """What earlier feed runs fetched: each feed's validators, and the pages already fetched."""

    feed_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # feed -> (ETag, Last-Modified)
    fetched_pages: set[str] = field(default_factory=set)


def fetch_state(db: Path) -> FetchState:
    if not db.exists():
        return FetchState()
    con = connect(db, read_only=True)
    try:
        if not con.sql("select 1 from duckdb_tables() where database_name = current_database() and table_name = 'fetches'").fetchall():
            return FetchState()
        validators = con.sql(
            """select url, arg_max(etag, fetched_at), arg_max(last_modified, fetched_at) from fetches
               where kind = 'feed' and outcome in ('fetched', 'not_modified') group by url"""
        ).fetchall()
        pages = con.sql("select distinct url from fetches where kind = 'page' and outcome = 'fetched'").fetchall()
        return FetchState({url: (etag, modified) for url, etag, modified in validators}, {url for (url,) in pages})
    finally:
        con.close()


def stored_originals(db: Path, document_ids: list[str]) -> pl.DataFrame:
    """The stored file bytes (gzip) and given context of pages, for extracting them again."""
    con = connect(db, read_only=True)
    try:
        con.register("wanted_documents", pl.DataFrame({"document_id": document_ids}, schema={"document_id": pl.String}))
        return con.sql(
            "select document_id, input_format, content, given::varchar as given from document_originals semi join wanted_documents using (document_id)"
        ).pl()
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


def documents_on_other_rules(db: Path, rules_version: str) -> int:
    """Stored documents whose rows were derived by other extraction rules, or by unknown ones
    (before documents recorded them)."""
    if not db.exists():
        return 0
    con = connect(db, read_only=True)
    try:
        return con.sql("select count(*) from documents where rules_version is distinct from ?", params=[rules_version]).fetchall()[0][0]
    except duckdb.CatalogException:  # a warehouse the migrations have not reached: no run wrote it since
        return 0
    finally:
        con.close()


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
