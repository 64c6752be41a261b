"""``news_pipeline``: ingest → articles → paragraphs → quotes → figures → validate → load.

Thin Prefect wiring over the pure transforms. Tasks are coarse (one per stage
per batch): Prefect costs tens of milliseconds per task run. Every stage logs
its row counts and duration; the run's history lands in ``pipeline_runs``.
"""

import json
import time
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.runtime import deployment, flow_run, task_run

from flows.inputs import InputPlan, batches, discover_files, plan_inputs
from flows.logs import FileVanished, is_transient
from flows.progress import report
from flows.runs import detect_trigger, new_run_id, now, run_row
from flows.settings import settings
from flows.staging import StagingArea
from transforms.articles import segment, split_articles, split_paragraphs
from transforms.figures import extract_figures
from transforms.ingest import REJECTED, decode_documents
from transforms.quotes import extract_quotes
from warehouse import io

INGEST_RETRIES = 2
LOAD_RETRY_DELAYS = [1, 2, 4]
ROW_TABLES = ("documents", "articles", "paragraphs", "quotes", "figures")


def retry_when_transient(task, task_run, state) -> bool:
    """Prefect retry condition: retry only a locked warehouse or a vanished file."""
    try:
        state.result()
    except Exception as error:  # noqa: BLE001 - inspected, not handled
        return is_transient(error)
    return False


def _log_stage(stage: str, started: float, **rows: int) -> None:
    counts = ", ".join(f"{n} {table}" for table, n in rows.items())
    get_run_logger().info("%s: %s in %.2fs", stage, counts, time.perf_counter() - started)


@task(name="ingest", retries=INGEST_RETRIES, retry_delay_seconds=[1, 2], retry_condition_fn=retry_when_transient)
def ingest(paths: list[str], run_id: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read and decode one batch of files; a file that vanished is retried, then rejected."""
    started = time.perf_counter()
    raw, vanished = [], []
    for path in paths:
        try:
            raw.append({"source_path": path, "raw": Path(path).read_bytes()})
        except FileNotFoundError:
            vanished.append(path)
    if vanished and task_run.run_count <= INGEST_RETRIES:
        raise FileVanished(f"{len(vanished)} input file(s) vanished while reading, e.g. {vanished[0]}")
    raw_files = pl.DataFrame(raw, schema={"source_path": pl.String, "raw": pl.Binary})
    documents, rejected = decode_documents(raw_files)
    rejected = pl.concat(
        [rejected, pl.DataFrame({"source_path": vanished, "reason": ["file vanished while reading"] * len(vanished)}, schema=REJECTED)]
    )
    documents = documents.with_columns(ingested_at=pl.lit(now()), run_id=pl.lit(run_id))
    _log_stage("ingest", started, documents=len(documents), rejected=len(rejected))
    return documents, rejected


@task(name="plan", retries=len(LOAD_RETRY_DELAYS), retry_delay_seconds=LOAD_RETRY_DELAYS, retry_condition_fn=retry_when_transient)
def plan_stage(paths: list[str], db: Path, full_refresh: bool, prune: bool) -> InputPlan:
    """Which files are new, changed or unchanged (content hash against the warehouse)."""
    return plan_inputs(discover_files(paths), io.known_documents(db), full_refresh=full_refresh, prune=prune)


@task(name="articles")
def articles_stage(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    started = time.perf_counter()
    segments = segment(documents)
    articles = split_articles(documents, segments)
    _log_stage("articles", started, articles=len(articles))
    return segments, articles


@task(name="paragraphs")
def paragraphs_stage(segments: pl.DataFrame) -> pl.DataFrame:
    started = time.perf_counter()
    paragraphs = split_paragraphs(segments)
    _log_stage("paragraphs", started, paragraphs=len(paragraphs))
    return paragraphs


@task(name="quotes")
def quotes_stage(paragraphs: pl.DataFrame) -> pl.DataFrame:
    started = time.perf_counter()
    quotes = extract_quotes(paragraphs)
    _log_stage("quotes", started, quotes=len(quotes))
    return quotes


@task(name="figures")
def figures_stage(paragraphs: pl.DataFrame) -> pl.DataFrame:
    started = time.perf_counter()
    figures = extract_figures(paragraphs)
    _log_stage("figures", started, figures=len(figures))
    return figures


@task(name="validate")
def validate_stage(tables: dict[str, pl.DataFrame], stored_ids: list[str], staging: StagingArea, batch_no: int, run_id: str) -> dict[str, int]:
    """Run the suites; stage valid rows, quarantined rows and results. Returns row counts."""
    from expectations import validate_batch

    started = time.perf_counter()
    outcome = validate_batch(tables)
    checked_at = now()
    valid = dict(outcome.valid)
    # Documents re-derived from the warehouse are already stored: only their children load.
    valid["documents"] = valid["documents"].filter(~pl.col("document_id").is_in(stored_ids))
    for table, frame in valid.items():
        staging.write(table, batch_no, frame)
    quarantined = 0
    for table, frame in outcome.quarantine.items():
        quarantined += len(frame)
        staging.write(f"quarantine_{table}", batch_no, frame.with_columns(run_id=pl.lit(run_id), quarantined_at=pl.lit(checked_at)))
    staging.write(
        "dq_results",
        batch_no,
        outcome.results.with_columns(run_id=pl.lit(run_id), checked_at=pl.lit(checked_at), scope=pl.lit("run")),
    )
    counts = {table: len(frame) for table, frame in valid.items()} | {"quarantined": quarantined}
    counts["failed_expectations"] = int((~outcome.results["success"]).sum()) if len(outcome.results) else 0
    _log_stage("validate", started, quarantined=quarantined)
    return counts


@task(name="load", retries=len(LOAD_RETRY_DELAYS), retry_delay_seconds=LOAD_RETRY_DELAYS, retry_condition_fn=retry_when_transient)
def load_stage(db: Path, load: io.RunLoad) -> dict[str, int]:
    started = time.perf_counter()
    inserted = io.load_run(db, load)
    _log_stage("load", started, **inserted)
    return inserted


def stored_batches(db: Path, document_ids: list[str]) -> list[pl.DataFrame]:
    """Stored documents to re-derive (full refresh), cut into batches by size."""
    if not document_ids:
        return []
    stored = io.stored_documents(db).filter(pl.col("document_id").is_in(document_ids))
    sizes = stored["byte_size"].to_list()
    cut = batches(list(range(len(stored))), sizes, settings.batch_bytes)
    return [stored[rows[0] : rows[-1] + 1] for rows in cut]


@flow(name="news_pipeline", log_prints=True)
def news_pipeline(
    paths: list[str],
    db: str = str(settings.db),
    full_refresh: bool = False,
    prune: bool = False,
    trigger: str | None = None,
) -> dict:
    """Ingest news text files into the DuckDB warehouse at ``db``; returns the run summary."""
    logger = get_run_logger()
    db_path = Path(db)
    run_id = new_run_id()
    started_at = now()
    trigger = trigger or detect_trigger(deployment.id)
    flow_run_id = str(flow_run.id) if flow_run.id else None
    plan = plan_stage(paths, db_path, full_refresh, prune)
    logger.info(
        "run %s: %d files seen, %d new, %d changed, %d skipped (unchanged)%s",
        run_id, plan.files_seen, plan.new, plan.changed, len(plan.skipped),
        f", {len(plan.rederived_document_ids)} documents re-derived" if full_refresh else "",
    )
    staging = StagingArea(db_path, run_id)
    stage_seconds: dict[str, float] = {}
    totals: dict[str, int] = {}
    rejected_count = 0

    files_total = len(plan.to_ingest) + len(plan.rederived_document_ids)
    files_done = 0

    def timed(stage: str, call, *args):
        report(stage, files_done, files_total)
        started = time.perf_counter()
        result = call(*args)
        stage_seconds[stage] = round(stage_seconds.get(stage, 0.0) + time.perf_counter() - started, 3)
        return result

    work = [("files", b) for b in batches(plan.to_ingest, plan.sizes, settings.batch_bytes)]
    work += [("stored", b) for b in stored_batches(db_path, plan.rederived_document_ids)]
    try:
        for batch_no, (source, batch) in enumerate(work):
            if source == "files":
                documents, rejected = timed("ingest", ingest, batch, run_id)
                stored_ids: list[str] = []
            else:
                documents, rejected = batch, pl.DataFrame(schema=REJECTED)
                stored_ids = batch["document_id"].to_list()
            rejected_count += len(rejected)
            staging.write(
                "rejected_files",
                batch_no,
                rejected.select(path="source_path", reason="reason", run_id=pl.lit(run_id), seen_at=pl.lit(now())),
            )
            segments, articles = timed("articles", articles_stage, documents)
            paragraphs = timed("paragraphs", paragraphs_stage, segments)
            quotes = timed("quotes", quotes_stage, paragraphs)
            figures = timed("figures", figures_stage, paragraphs)
            tables = {"documents": documents, "articles": articles, "paragraphs": paragraphs, "quotes": quotes, "figures": figures}
            counts = timed("validate", validate_stage, tables, stored_ids, staging, batch_no, run_id)
            for key, n in counts.items():
                totals[key] = totals.get(key, 0) + n
            files_done += len(batch)
        status = "completed_with_quarantine" if totals.get("quarantined") else "completed"
        row = run_row(
            run_id, started_at, status, trigger, paths, plan, flow_run_id,
            files_rejected=rejected_count,
            quarantined_rows=totals.get("quarantined", 0),
            stage_seconds=json.dumps(stage_seconds),
            dq_summary=f"{totals.get('failed_expectations', 0)} failed expectation results, {totals.get('quarantined', 0)} rows quarantined",
            **{f"{table}_rows": totals.get(table, 0) for table in ROW_TABLES},
        )
        load = io.RunLoad(
            run_id=run_id,
            staged=staging.globs(),
            replaced_document_ids=plan.replaced_document_ids,
            pruned_document_ids=plan.pruned_document_ids,
            rederived_document_ids=plan.rederived_document_ids,
            run_row=row,
        )
        timed("load", load_stage, db_path, load)
        io.update_run(db_path, run_id, stage_seconds=json.dumps(stage_seconds), finished_at=now())
    except Exception as error:
        io.record_failed_run(db_path, run_row(run_id, started_at, "failed", trigger, paths, plan, flow_run_id, error=str(error)[:500]))
        raise
    finally:
        staging.remove()
    row["stage_seconds"] = stage_seconds
    logger.info("run %s %s: %s", run_id, status, ", ".join(f"{t} {totals.get(t, 0)}" for t in ROW_TABLES))
    return row
