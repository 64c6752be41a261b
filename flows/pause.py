"""A test-only handshake that holds a run at a named stage, so a test can interrupt or kill it there.

With ``WIREHOUSE_PAUSE_AT=STAGE:FOLDER`` the first time the run reaches STAGE (one of
``STAGES``) it writes ``FOLDER/STAGE`` (its pid), then waits until ``FOLDER/STAGE.go``
exists or the process is stopping (a signal arrived). Tests wait for the first file
instead of sleeping for a stage that may come sooner or later on a busy machine.
The points: ``start`` in the CLI while the Prefect server boots, ``plan`` in the plan
task, ``ingest`` and ``extract`` in their tasks (``extract`` with its parts in shared
memory when helpers extract them), ``validate`` in the flow's process while the
validation process has the batch, ``load`` inside the load's transaction before COMMIT.
With ``STAGE@query:FOLDER`` the run waits inside DuckDB queries instead of sleeping,
as a run does whose stage is busy in the warehouse when the signal comes: the stop
has to end a query in progress (``warehouse.io.interrupt_queries``).
Unset (always, outside tests), a pause point costs a string comparison.
"""

import os
import time
from pathlib import Path

from flows import interrupts
from flows.settings import settings

STAGES = ("start", "plan", "ingest", "extract", "validate", "load")
POLL_SECONDS = 0.05
IN_QUERY = "@query"
# One poll in a query: a scan long enough that a signal nearly always finds the query running.
POLL_QUERY = "select count(*) from range(100000000) t(x) where x % 7 = 3"

_where, _, _folder = settings.pause_at.partition(":")
_stage = _where.removesuffix(IN_QUERY)
_in_query = _where.endswith(IN_QUERY)
_paused: set[str] = set()


def pause_point(stage: str) -> None:
    """Wait here if the run was asked to pause at ``stage`` (once per process)."""
    if stage != _stage or stage in _paused:
        return
    _paused.add(stage)
    folder = Path(_folder)
    (folder / stage).write_text(f"{os.getpid()}\n")
    go = folder / f"{stage}.go"
    if _in_query:
        _wait_in_queries(go)
        return
    while not go.exists() and not interrupts.stopping():
        time.sleep(POLL_SECONDS)


def _wait_in_queries(go: Path) -> None:
    """Poll in DuckDB queries on a connection a stop interrupts; a stop raises what the query raises."""
    import duckdb

    from warehouse import io

    con = io.interruptible(duckdb.connect())
    try:
        while not go.exists():
            con.sql(POLL_QUERY).fetchall()
    finally:
        con.close()
