"""Opening the warehouse file: checks before a write, DuckDB's storage version, failures as one line.

The file is written in DuckDB's storage format ``STORAGE_VERSION`` so DuckDB 1.x
clients (BI tools, drivers, the ``duckdb-cli`` package) open it as well as 2.0.
Before a run writes to the file, it is checked to be a DuckDB file that can be
written and, when something else has changed it since our last write, read
through once (DuckDB verifies every block's checksum as it reads).
"""

import os
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

LOCK_HOLDER = re.compile(r"PID (\d+)")
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
