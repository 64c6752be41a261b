"""``news_pipeline``: ingest → extract (articles, paragraphs, quotes, figures) → validate → load → build marts.

Thin Prefect wiring over the pure transforms. Tasks are coarse (one per stage
per batch): Prefect costs tens of milliseconds per task run. A batch travels
through the stages as a dict of frames; the task runner decides where stages
run (threads by default, a Dask cluster with ``runner="dask"``), while the
warehouse load (with the marts' build, in its transaction) stays in this process: DuckDB has a single writer.
"""

import gzip
import json
import time
from pathlib import Path

from functools import partial

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import wait
from prefect.runtime import deployment, flow_run, task_run

from flows import interrupts
from flows.extraction import extract
from flows.feeds import FeedPages, fetch_feeds
from flows.inputs import (
    VANISHED, BadInput, InputPlan, ReadOptions, batches, discover_files, given_context, plan_inputs, read_input, require_files,
)
from flows.logs import FileVanished, is_transient
from flows.memory import release_freed_memory
from flows.pause import pause_point
from flows.progress import report
from flows.run_lock import RunLock
from flows.runs import detect_trigger, new_run_id, now, path_changes, plan_rejections, rejected_rows, run_row
from flows.settings import settings
from flows.staging import StagingArea
from flows.workers import kill_all as kill_worker_processes
from transforms.ingest import ORIGINALS, RAW_FILES, REJECTED, SOURCES, WARNINGS, decode_documents
from transforms.ingest.records import FORMATS as RECORD_FORMATS
from transforms.schema import CONTENT_TABLES, DOCUMENTS
from warehouse import io

INGEST_RETRIES = 2
RETRY_DELAYS = [1, 2, 4]
ROW_TABLES = CONTENT_TABLES

Batch = dict  # one batch's frames as they pass the stages, plus "seconds" per stage

# No result caching: Prefect's default policy hashes every input to build a cache key,
# which for a batch of frames costs more CPU than some stages (6 s of a 50 MB run).
stage = partial(task, cache_policy=NO_CACHE)


def retry_when_transient(task, task_run, state) -> bool:
    """Prefect retry condition: retry only a locked warehouse or a vanished file."""
    try:
        state.result()
    except Exception as error:  # noqa: BLE001 - inspected, not handled
        return is_transient(error)
    return False


def _finish(stage: str, batch: Batch, started: float, **frames: pl.DataFrame) -> Batch:
    """Add a stage's frames and duration to the batch, and log its row counts."""
    seconds = time.perf_counter() - started
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in frames.items())
    get_run_logger().info("%s: %s in %.2fs", stage, counts, seconds)
    return {**batch, **frames, "seconds": {**batch.get("seconds", {}), stage: seconds}}


@stage(name="plan", retries=len(RETRY_DELAYS), retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=retry_when_transient)
def plan_stage(
    paths: list[str], files: list[Path], db: Path, full_refresh: bool, prune: bool, read: ReadOptions, fetched: list[str] | None = None
) -> InputPlan:
    """Which of ``files`` (discovered under ``paths``) are new, changed or unchanged (fingerprints against the warehouse).

    ``fetched`` (a feed run: feed files are read by the fetch stage) lists the pages it
    stored; a feed run with no new page is no error.
    """
    with interrupts.stopping_point():
        pause_point("plan")
        if not full_refresh and fetched is None:
            require_files(files, paths)
        files = [file for file in files if read.format_of(file) != "feed"] + [Path(page) for page in fetched or []]
        return plan_inputs(files, io.known_state(db), full_refresh=full_refresh, prune=prune, options=read)


@stage(name="fetch")
def fetch_stage(feeds: list[str], db: Path, run_id: str) -> FeedPages:
    """Feeds and the pages of their new entries (stored beside the warehouse); every request is a row."""
    started = time.perf_counter()
    fetched = fetch_feeds(feeds, db, run_id)
    outcomes = fetched.fetches.group_by("outcome").len().sort("outcome").iter_rows()
    get_run_logger().info("fetch: %s in %.2fs", ", ".join(f"{n} {outcome}" for outcome, n in outcomes) or "nothing", time.perf_counter() - started)
    return fetched


@stage(name="ingest", retries=INGEST_RETRIES, retry_delay_seconds=[1, 2], retry_condition_fn=retry_when_transient)
def ingest(paths: list[str], run_id: str, formats: dict[str, str], read: ReadOptions, stored_ids: frozenset[str]) -> Batch:
    """Read and decode one batch of files; a file that vanished is retried, then rejected like any bad file.

    Records already stored as documents (a changed record file's unchanged records)
    keep their sources but are not extracted again.
    """
    started = time.perf_counter()
    pause_point("ingest")
    report("reading")
    raw, bad, vanished = [], [], []
    for path in paths:
        try:
            given = given_context(Path(path), read) if formats[path] in ("text", "html") else None
            raw.append({"source_path": path, "raw": read_input(Path(path)), "input_format": formats[path], "given": given})
        except BadInput as error:
            (vanished if error.reason == VANISHED else bad).append((path, error.reason, error.fingerprint))
    if vanished and task_run.run_count <= INGEST_RETRIES:
        raise FileVanished(f"{len(vanished)} input file(s) vanished while reading, e.g. {vanished[0][0]}")
    decoded = decode_documents(pl.DataFrame(raw, schema=RAW_FILES), dict(read.mapping), settings.max_file_bytes)
    rejected = pl.concat([decoded.rejected, pl.DataFrame(bad + vanished, schema=REJECTED, orient="row")])
    documents = decoded.documents.filter(~pl.col("document_id").is_in(list(stored_ids)))
    documents = documents.with_columns(ingested_at=pl.lit(now()), run_id=pl.lit(run_id))
    return _finish(
        "ingest", {"stored_ids": []}, started,
        documents=documents, sources=decoded.sources, warnings=decoded.warnings, rejected=rejected, originals=decoded.originals,
    )


@stage(name="extract")
def extract_stage(batch: Batch, helper_processes: int) -> Batch:
    """Articles, paragraphs, quotes and figures; the batch's seconds also get each transform's, summed over the processes."""
    started = time.perf_counter()
    extracted = extract(batch["documents"], helper_processes)
    finished = _finish("extract", batch, started, **extracted.frames)
    return {**finished, "seconds": {**finished["seconds"], **extracted.seconds}}


@stage(name="validate")
def validate_stage(batch: Batch, staging: StagingArea, batch_no: int, run_id: str) -> dict:
    """Run the suites; stage valid rows, quarantined rows, results and rejected files.

    Returns the batch's row counts and stage seconds, never its frames, so a
    finished batch holds no memory.
    """
    from flows.validation import validation_process

    started = time.perf_counter()
    outcome = validation_process().validate({table: batch[table] for table in ROW_TABLES})
    checked_at = now()
    valid = dict(outcome.valid)
    # Documents re-derived from the warehouse are already stored: only their children load.
    valid["documents"] = valid["documents"].filter(~pl.col("document_id").is_in(batch["stored_ids"]))
    for table, frame in valid.items():
        staging.write(table, batch_no, frame)
    quarantined = 0
    for table, frame in outcome.quarantine.items():
        quarantined += len(frame)
        staging.write(f"quarantine_{table}", batch_no, frame.with_columns(run_id=pl.lit(run_id), quarantined_at=pl.lit(checked_at)))
    staging.write("dq_results", batch_no, outcome.results.with_columns(run_id=pl.lit(run_id), checked_at=pl.lit(checked_at), scope=pl.lit("run")))
    staging.write("rejected_files", batch_no, batch["rejected"].pipe(rejected_rows, run_id, checked_at))
    staging.write(io.RUN_SOURCES, batch_no, batch["sources"])
    staging.write("document_originals", batch_no, batch["originals"].join(valid["documents"].select("document_id"), on="document_id", how="semi"))
    staging.write(
        "file_warnings", batch_no,
        batch["warnings"].select(path="source_path", document_id="document_id", warning="warning", detail="detail",
                                 run_id=pl.lit(run_id), seen_at=pl.lit(checked_at)),
    )
    seconds = time.perf_counter() - started
    get_run_logger().info("validate: %d rows quarantined in %.2fs", quarantined, seconds)
    return {
        "rows": {table: len(frame) for table, frame in valid.items()},
        "quarantined": quarantined,
        "rejected": len(batch["rejected"]),
        "failed_expectations": int((~outcome.results["success"]).sum()) if len(outcome.results) else 0,
        "seconds": {**batch["seconds"], "validate": seconds},
    }


def _before_commit() -> None:
    """Inside the load's transaction: a stop that came during the load rolls it back, even one whose query went on."""
    pause_point("load")
    interrupts.raise_if_stopping()


@stage(name="load", retries=len(RETRY_DELAYS), retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=retry_when_transient)
def load_stage(db: Path, load: io.RunLoad) -> dict[str, float]:
    """Load the run and rebuild the marts (one transaction); returns the marts' seconds per step."""
    started = time.perf_counter()
    with interrupts.stopping_point():
        inserted, mart_seconds = io.load_run(db, load, before_commit=_before_commit)
    get_run_logger().info(
        "load: %s, marts built in %.2fs; %.2fs in all",
        ", ".join(f"{n} {t}" for t, n in inserted.items()), sum(mart_seconds.values()), time.perf_counter() - started,
    )
    return mart_seconds


@stage(name="record", retries=len(RETRY_DELAYS), retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=retry_when_transient)
def record_stage_seconds(db: Path, run_id: str, stage_seconds: dict[str, float]) -> None:
    """Add the load's own seconds to the run's row once it committed; waits, as the load does, for a warehouse another process holds."""
    io.update_run(db, run_id, stage_seconds=json.dumps(stage_seconds), finished_at=now())


def stored_batches(db: Path, document_ids: list[str], batch_bytes: int) -> list[list[str]]:
    """Ids of stored documents to re-derive (full refresh), cut into batches by size."""
    if not document_ids:
        return []
    sizes = io.stored_documents(db, document_ids, columns="document_id, byte_size")
    return batches(sizes["document_id"].to_list(), sizes["byte_size"].to_list(), batch_bytes)


def stored_batch(db: Path, document_ids: list[str], run_id: str) -> Batch:
    """One batch of stored documents, read when it enters the window; pages are extracted again from their originals.

    A page whose extraction now gives the same document id replaces its stored row (new
    text and context); the other documents keep theirs and only their derived rows load.
    """
    # DuckDB hands time zones back as 'Etc/UTC'; the transforms write 'UTC', which polars holds apart.
    # The columns a batch carries: the load's own (rules_version) are set again when it loads.
    columns = ", ".join(DOCUMENTS.column_names("extract", "run"))
    documents = io.stored_documents(db, document_ids, columns).with_columns(pl.col(pl.Datetime).dt.convert_time_zone("UTC"))
    empty = {"rejected": REJECTED, "sources": SOURCES, "warnings": WARNINGS, "originals": ORIGINALS}
    batch = {name: pl.DataFrame(schema=schema) for name, schema in empty.items()}
    originals = io.stored_originals(db, documents.filter(pl.col("input_format") == "html")["document_id"].to_list())
    replaced: list[str] = []
    if originals.height:
        pages = originals.join(documents.select("document_id", "source_path", "ingested_at"), on="document_id")
        raw = pages.select(
            "source_path", raw=pl.col("content").map_elements(gzip.decompress, return_dtype=pl.Binary), input_format="input_format", given="given",
        )
        extracted = decode_documents(raw, bytes_limit=settings.max_file_bytes).documents
        extracted = extracted.join(pages.select("document_id", "ingested_at"), on="document_id").with_columns(run_id=pl.lit(run_id))
        replaced = extracted["document_id"].to_list()
        documents = pl.concat([documents.filter(~pl.col("document_id").is_in(replaced)), extracted.select(documents.columns)])
    stored = [document_id for document_id in document_ids if document_id not in set(replaced)]
    return {"documents": documents, **batch, "stored_ids": stored, "seconds": {}}


def feed_files(files: list[Path], read: ReadOptions) -> list[str]:
    """Feed files among the discovered inputs (by name, or all with ``--format feed``)."""
    return [str(path) for path in files if read.format_of(path) == "feed"]


def read_options_from(read: dict | None) -> ReadOptions:
    """``ReadOptions`` from the flow's JSON parameter (a mapping as pairs or a dict)."""
    read = dict(read or {})
    read["mapping"] = tuple(sorted(dict(read.get("mapping") or ()).items()))
    return ReadOptions(**read)


def add_up(results: list[dict]) -> tuple[dict[str, int], dict[str, float]]:
    """Total row counts and stage seconds (summed over batches) of finished batches."""
    totals: dict[str, int] = {}
    seconds: dict[str, float] = {}
    for result in results:
        for table, n in result["rows"].items():
            totals[table] = totals.get(table, 0) + n
        for key in ("quarantined", "rejected", "failed_expectations"):
            totals[key] = totals.get(key, 0) + result[key]
        for stage, s in result["seconds"].items():
            seconds[stage] = seconds.get(stage, 0.0) + s
    return totals, {stage: round(s, 3) for stage, s in seconds.items()}


@flow(name="news_pipeline")
def news_pipeline(
    paths: list[str],
    db: str = str(settings.db),
    full_refresh: bool = False,
    prune: bool = False,
    trigger: str | None = None,
    batches_in_flight: int = 2,
    batch_bytes: int = settings.batch_bytes,
    helper_processes: int = settings.helper_processes,
    run_id: str | None = None,
    read: dict | None = None,
    feeds: list[str] | None = None,
) -> dict:
    """Ingest news text files into the DuckDB warehouse at ``db``; returns the run summary.

    ``helper_processes`` extract articles through figures beside the stage's own process
    (0 with a Dask task runner: its workers are the processes). ``run_id`` is the
    caller's for the run (the CLI's), or a new one. ``read`` holds the ``ReadOptions``
    fields (a format for every file, record column mapping, outlets from folders).
    ``feeds`` are feed URLs or files (feed files among ``paths`` are read as feeds too).
    The run holds the warehouse's run lock throughout: a second run waits, then plans
    against what this one loaded.
    """
    interrupts.install_in_flow()
    read_options = read_options_from(read)
    logger = get_run_logger()
    db_path = Path(db)
    run_id = run_id or new_run_id()
    started_at = now()
    trigger = trigger or detect_trigger(deployment.id, flow_run.tags)
    flow_run_id = str(flow_run.id) if flow_run.id else None
    plan = InputPlan()
    feeds = feeds or []
    results, in_flight = [], []
    lock = RunLock(db_path).acquire()  # waits for another run on this warehouse; released in ``finally``
    staging = None

    def validate_oldest() -> None:
        """Validate (in the validation process: GX is loaded once) and stage the oldest batch."""
        batch_no, extracted = in_flight.pop(0)
        batch = extracted.result()
        report("validating")
        results.append(validate_stage(batch, staging, batch_no, run_id))
        del extracted, batch  # the batch's frames: staged now
        release_freed_memory()

    try:
        staging = StagingArea(db_path, run_id)
        files = discover_files(paths, read_options) if paths else []
        feed_sources = [*feeds, *feed_files(files, read_options)]
        fetched_pages: list[str] | None = None
        fetch_outcomes: dict[str, int] = {}
        if feed_sources:
            fetched = fetch_stage(feed_sources, db_path, run_id)
            staging.write("fetches", "fetch", fetched.fetches)
            fetched_pages = fetched.paths
            fetch_outcomes = dict(fetched.fetches.group_by("outcome").len().sort("outcome").iter_rows())
        plan_started = time.perf_counter()
        plan = plan_stage(paths, files, db_path, full_refresh, prune, read_options, fetched_pages)
        plan_seconds = time.perf_counter() - plan_started
        logger.info(
            "run %s: %d files seen, %d new, %d changed, %d skipped (unchanged)%s",
            run_id, plan.files_seen, plan.new, plan.changed, len(plan.skipped),
            f", {len(plan.rederived_document_ids)} documents re-derived" if full_refresh else "",
        )
        staging.write("rejected_files", "plan", plan_rejections(plan).pipe(rejected_rows, run_id, now()))
        files_total = len(plan.to_ingest) + len(plan.rederived_document_ids)
        inputs = [("files", paths_batch) for paths_batch in batches(plan.to_ingest, plan.sizes, batch_bytes)]
        # Records of a changed record file may be stored already: the ingest stage leaves them out.
        has_records = any(plan.formats[path] in RECORD_FORMATS for path in plan.to_ingest)
        stored_ids = frozenset(io.known_state(db_path).document_ids) if has_records else frozenset()
        inputs += [("stored", stored) for stored in stored_batches(db_path, plan.rederived_document_ids, batch_bytes)]
        transform_started = time.perf_counter()
        report("reading", 0, files_total)
        for batch_no, (source, item) in enumerate(inputs):
            # Ingest is submitted only when the batch enters the window: memory holds
            # at most ``batches_in_flight`` batches between reading and staging.
            if source == "files":
                formats = {path: plan.formats[path] for path in item}
                start = ingest.submit(item, run_id, formats, read_options, stored_ids)
            else:
                start = stored_batch(db_path, item, run_id)
            in_flight.append((batch_no, extract_stage.submit(start, helper_processes)))
            if len(in_flight) >= batches_in_flight:
                validate_oldest()
        while in_flight:
            validate_oldest()
        totals, stage_seconds = add_up(results)
        stage_seconds = {"plan": round(plan_seconds, 3), **stage_seconds, "transform_wall": round(time.perf_counter() - transform_started, 3)}
        status = "completed_with_quarantine" if totals.get("quarantined") else "completed" if plan.has_work else "up_to_date"
        row = run_row(
            run_id, started_at, status, trigger, [*paths, *feeds], plan, flow_run_id,
            files_rejected=totals.get("rejected", 0) + len(plan.rejected),
            quarantined_rows=totals.get("quarantined", 0),
            stage_seconds=json.dumps(stage_seconds),
            dq_summary=f"{totals.get('failed_expectations', 0)} failed expectation results, {totals.get('quarantined', 0)} rows quarantined",
            **{f"{table}_rows": totals.get(table, 0) for table in ROW_TABLES},
        )
        report("loading", files_total, files_total)
        load = io.RunLoad(
            run_id=run_id,
            staged=staging.globs(),
            paths=path_changes(plan, prune),
            rederived_document_ids=plan.rederived_document_ids,
            run_row=row,
        )
        load_started = time.perf_counter()
        mart_seconds = load_stage(db_path, load)
        stage_seconds["load"] = round(time.perf_counter() - load_started, 3)  # the marts' build included
        stage_seconds["marts"] = round(sum(mart_seconds.values()), 3)
        stage_seconds |= {f"marts.{step}": seconds for step, seconds in mart_seconds.items()}
        record_stage_seconds(db_path, run_id, stage_seconds)
    except BaseException as error:
        status = "interrupted" if interrupts.interrupted_by(error) else "failed"
        io.record_failed_run(db_path, run_row(run_id, started_at, status, trigger, [*paths, *feeds], plan, flow_run_id, error=str(error)[:500] or type(error).__name__))
        if status == "interrupted":
            kill_worker_processes()  # their batches are not wanted, and the process can end at once
        raise
    finally:
        if not interrupts.stopping():
            wait([future for _, future in in_flight])  # a failed run lets its batches finish before the staging area goes
        if staging is not None:
            staging.remove()
        lock.release()
    row["stage_seconds"] = stage_seconds
    if feed_sources:
        row["fetches"] = fetch_outcomes  # requests per outcome, for the summary line (the rows are in ``fetches``)
    logger.info("run %s %s: %s", run_id, status, ", ".join(f"{t} {totals.get(t, 0)}" for t in ROW_TABLES))
    return row
