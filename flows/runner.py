"""Entry point shared by the CLI and schedules: plan first, start Prefect only when there is work.

An unchanged rerun needs no flow: the plan (content hashes against the
warehouse) already says every file is skipped, so the run is recorded as
``up_to_date`` in ``pipeline_runs`` without paying for Prefect's startup.
"""

import logging
import os
from pathlib import Path

from flows.settings import settings  # fixes Prefect's environment before it is imported


def task_runner(runner: str, address: str | None, workers: int):
    """Threads in this process by default; a Dask cluster (local processes or ``address``) on request."""
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=workers)


def run_pipeline(
    paths: list[str],
    db: Path,
    full_refresh: bool = False,
    prune: bool = False,
    quiet: bool = False,
    progress_bar: bool = False,
    runner: str = "local",
    address: str | None = None,
    workers: int = 2,
    batch_bytes: int | None = None,
) -> dict:
    from flows.inputs import discover_files, plan_inputs
    from warehouse import io

    files = discover_files(paths)
    try:
        plan = plan_inputs(files, io.known_documents(db), full_refresh=full_refresh, prune=prune)
    except io.WarehouseLocked:
        plan = None  # the flow's plan task retries with backoff
    if plan is not None and not plan.has_work:
        return record_up_to_date(paths, db, plan)
    if quiet or progress_bar:
        # The bar replaces the console log lines; they still reach the Prefect API.
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from flows.logs import quiet_user_error_tracebacks
    from flows.pipeline import news_pipeline
    from flows.progress import RichBar

    quiet_user_error_tracebacks()
    parameters = dict(
        paths=[str(p) for p in paths], db=str(db), full_refresh=full_refresh, prune=prune,
        batches_in_flight=workers, batch_bytes=batch_bytes or settings.batch_bytes,
    )
    pipeline = news_pipeline.with_options(task_runner=task_runner(runner, address, workers))
    if not progress_bar:
        return pipeline(**parameters)
    with RichBar():
        return pipeline(**parameters)


def record_up_to_date(paths: list[str], db: Path, plan) -> dict:
    from flows.runs import detect_trigger, new_run_id, now, run_row
    from warehouse import io

    logging.getLogger("wirehouse").info("nothing to do: %d files unchanged", len(plan.skipped))
    row = run_row(new_run_id(), now(), "up_to_date", detect_trigger(), paths, plan, files_rejected=0)
    con = io.connect(db)
    try:
        io.ensure_schema(con)
        io.record_run(con, row)
    finally:
        con.close()
    return row
