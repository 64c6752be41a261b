"""Entry point shared by the CLI and schedules: plan first, start Prefect only when there is work.

An unchanged rerun needs no flow: the plan (content hashes against the
warehouse) already says every file is skipped, so the run is recorded as
``up_to_date`` in ``pipeline_runs`` without paying for Prefect's startup.
"""

import gc
import importlib
import logging
import os
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from flows import interrupts
from flows.inputs import ReadOptions
from flows.pause import pause_point
from flows.run_lock import RunLock
from flows.settings import settings  # fixes Prefect's environment before it is imported

# Modules a flow's first call imports lazily (Prefect's engines, and FastAPI's encoder,
# which serialises the flow's parameters: 0.6 s of the call in a cold BBC run),
# imported while the Prefect server boots instead of after.
FLOW_CALL_IMPORTS = ("prefect.flow_engine", "prefect.task_engine", "prefect.utilities.visualization", "fastapi.encoders")


def task_runner(runner: str, address: str | None, workers: int):
    """Threads in this process by default; a Dask cluster (local processes or ``address``) on request."""
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
    from prefect.task_runners import ThreadPoolTaskRunner

    class TaskThreads(ThreadPoolTaskRunner):
        """Prefect's threads, but a stopping command does not wait for them: on the way out
        Prefect joins every task thread, and one that extracts a part runs its transforms
        to the end (seconds), while the command only has to record the run and exit."""

        def cancel_all(self) -> None:
            if interrupts.stopping() and self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
            super().cancel_all()

    return TaskThreads(max_workers=workers)


@dataclass
class RunOptions:
    """How a run goes: what it re-derives or prunes, what it prints, where the stages run."""

    full_refresh: bool = False
    prune: bool = False
    quiet: bool = False
    progress_bar: bool = False
    runner: str = "local"
    address: str | None = None
    workers: int = 2
    batch_bytes: int = settings.batch_bytes
    read: ReadOptions = field(default_factory=ReadOptions)
    feeds: tuple[str, ...] = ()  # feed URLs or files


def run_pipeline(paths: list[str], db: Path, options: RunOptions = RunOptions()) -> dict:
    """Plan; a run with nothing to read records its path changes (or ``up_to_date``) without Prefect.

    The run holds the warehouse's run lock from before it plans. An interrupt (or an
    error it caused) is recorded as an ``interrupted`` run, unless the flow recorded
    the run already, and raised as ``Interrupted`` naming the run.
    """
    from flows.progress import report
    from flows.runs import new_run_id, now

    run_id = new_run_id()
    started_at = now()
    with progress_display(options.progress_bar):
        report("starting", 0, 0)
        try:
            with RunLock(db):
                try:
                    return plan_and_run(paths, db, options, run_id)
                except BaseException as error:
                    if not interrupts.interrupted_by(error):
                        raise
                    recorded = record_interrupted(paths, db, run_id, started_at, error)
                    raise interrupts.Interrupted.of_this_process(run_id, recorded) from error
        except BaseException as error:
            if isinstance(error, interrupts.Interrupted) or not interrupts.interrupted_by(error):
                raise
            # Interrupted while it waited for another run: it wrote nothing.
            raise interrupts.Interrupted.of_this_process(run_id) from error


def record_interrupted(paths: list[str], db: Path, run_id: str, started_at, error: BaseException) -> str | None:
    """Record the run as ``interrupted`` unless it is recorded; returns its recorded status (None: not recorded)."""
    from flows.inputs import InputPlan
    from flows.runs import detect_trigger, run_row
    from warehouse import io

    row = run_row(run_id, started_at, "interrupted", detect_trigger(), paths, InputPlan(), error=str(error)[:500] or type(error).__name__)
    try:
        return io.record_failed_run(db, row)
    except Exception:  # noqa: BLE001 - the warehouse cannot take the row (full, read-only): the interrupt still stops the run
        return None


def plan_and_run(paths: list[str], db: Path, options: RunOptions, run_id: str) -> dict:
    from flows.inputs import discover_files, plan_inputs, require_files
    from flows.progress import report
    from warehouse import io

    files = discover_files(paths, options.read)
    if not options.full_refresh and not options.feeds:
        require_files(files, paths)
    # A feed run learns what is new only by fetching: the flow's fetch stage does it.
    feed_run = bool(options.feeds) or any(options.read.format_of(file) == "feed" for file in files)
    try:
        with interrupts.stopping_point():
            io.prepare_for_writing(db)  # read-only, corrupt or full: one line now, before any work
            report("planning", 0, len(files))
            plan = plan_inputs(files, io.known_state(db), full_refresh=options.full_refresh, prune=options.prune, options=options.read)
    except io.WarehouseLocked:
        plan = None  # the flow's plan task retries with backoff
    if plan is not None and not plan.needs_flow and not feed_run:
        return record_without_flow(paths, db, plan, options.prune, run_id)
    # Helper processes are worth starting only for enough text to split (unknown: start them).
    splits = plan is None or feed_run or bool(plan.rederived_document_ids) or sum(plan.sizes) >= 2 * settings.extraction_part_bytes
    if os.environ.get("PREFECT_API_URL"):
        return run_flow(paths, db, options, run_id, server=None, start_helpers=splits)
    from flows.api_server import PrivateApiServer

    report("booting", 0, 0)
    server = PrivateApiServer(settings.prefect_home / "api-server.log")
    # No UI link: Prefect would log "View at http://127.0.0.1:PORT/…" for a server that ends with the run.
    private = {"PREFECT_API_URL": server.api_url, "PREFECT_UI_URL": ""}
    saved = {name: os.environ.get(name) for name in private}
    os.environ.update(private)
    try:
        pause_point("start")
        return run_flow(paths, db, options, run_id, server, start_helpers=splits)
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def progress_display(on: bool):
    """The progress bar from the run's first moment (starting, planning, booting) to its end."""
    if not on:
        yield
        return
    from flows.progress import RichBar

    with RichBar():
        yield


def run_flow(paths: list[str], db: Path, options: RunOptions, run_id: str, server, start_helpers: bool) -> dict:
    """Import Prefect (after ``PREFECT_API_URL`` is set) and run ``news_pipeline``.

    ``start_helpers`` starts the extraction helpers before the flow, not at its first batch.
    """
    if options.quiet or options.progress_bar:
        # The bar replaces the console log lines; they still reach the Prefect API.
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from flows.logs import quiet_user_error_tracebacks
    from flows.memory import freeze_imported_objects
    from flows.pipeline import news_pipeline
    from flows.validation import validation_process

    # Started once Prefect is imported here, its Great Expectations import (slow) takes
    # the core this process no longer needs, beside the Prefect server's boot, instead
    # of a third of both cores from the start.
    validation_process()

    quiet_user_error_tracebacks()
    pipeline = news_pipeline.with_options(task_runner=task_runner(options.runner, options.address, options.workers))
    # On a Dask cluster the workers are the processes; locally, helpers extract beside this one.
    helper_processes = settings.helper_processes if options.runner == "local" else 0
    parameters = dict(
        paths=[str(p) for p in paths], db=str(db), full_refresh=options.full_refresh, prune=options.prune,
        # One batch more than workers: the flow validates the oldest while every worker extracts.
        batches_in_flight=options.workers + 1, batch_bytes=options.batch_bytes, helper_processes=helper_processes,
        run_id=run_id, read=asdict(options.read), feeds=list(options.feeds),
    )
    for module in FLOW_CALL_IMPORTS:
        importlib.import_module(module)
    if server is not None:
        server.wait_ready(settings.prefect_startup_seconds)
    if helper_processes and start_helpers:
        from flows.extraction import extraction_processes

        # Started once the server's boot is over, the helpers import while the flow plans and ingests.
        extraction_processes(helper_processes)
    freeze_imported_objects()
    try:
        return pipeline(**parameters)
    finally:
        # The CLI exits without teardown, but a caller in its own process (a test, a
        # script) goes through it: frozen objects would escape its last collection, and
        # DuckDB's bindings would print every one of its objects among them as leaked.
        gc.unfreeze()


def record_without_flow(paths: list[str], db: Path, plan, prune: bool, run_id: str) -> dict:
    """Record a run that reads no content: renamed or duplicate paths, new rejections, pruning.

    With none of those it is ``up_to_date`` (and only the paths' last_seen_at move).
    """
    from flows.runs import detect_trigger, now, path_changes, plan_rejections, rejected_rows, run_row
    from warehouse import io

    status = "completed" if plan.has_work else "up_to_date"
    row = run_row(run_id, now(), status, detect_trigger(), paths, plan, files_rejected=len(plan.rejected))
    rejected = rejected_rows(plan_rejections(plan), run_id, row["finished_at"])
    removed = io.record_path_changes(db, row, path_changes(plan, prune), rejected)
    logging.getLogger("wirehouse").info(
        "%s: %d files unchanged, %d paths moved, %d rejected, %d paths pruned, %d documents removed",
        status, len(plan.skipped), plan.moved, len(plan.rejected), len(plan.pruned_paths), len(removed),
    )
    return row
