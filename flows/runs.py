"""Run identity and ``pipeline_runs`` rows, without importing Prefect (the no-op rerun stays fast)."""

import json
import os
import uuid
from datetime import datetime, timezone

import polars as pl

from flows.inputs import InputPlan
from transforms import RULES_VERSION
from transforms.ingest import REJECTED
from warehouse.io import SOURCES_SCHEMA, PathChanges


def now() -> datetime:
    return datetime.now(timezone.utc)


def new_run_id() -> str:
    return f"{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def detect_trigger(deployment_id: str | None = None, tags: list[str] | None = None) -> str:
    """schedule for runs a schedule created, deployment for other deployment runs, ci under CI, else manual."""
    if "auto-scheduled" in (tags or []):
        return "schedule"
    if deployment_id:
        return "deployment"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return "ci"
    return "manual"


def run_row(
    run_id: str, started_at: datetime, status: str, trigger: str, paths: list[str], plan: InputPlan,
    flow_run_id: str | None = None, **extra,
) -> dict:
    """A ``pipeline_runs`` row; columns not given stay null."""
    return {
        "run_id": run_id,
        "flow_run_id": flow_run_id,
        "started_at": started_at,
        "finished_at": now(),
        "status": status,
        "trigger": trigger,
        "paths": json.dumps([str(p) for p in paths]),
        "files_seen": plan.files_seen,
        "files_new": plan.new,
        "files_changed": plan.changed,
        "files_skipped": len(plan.skipped),
        "rules_version": RULES_VERSION,
        **extra,
    }


def path_changes(plan: InputPlan, prune: bool) -> PathChanges:
    """The plan's paths whose content is already stored, for ``document_sources``."""
    seen = pl.DataFrame(plan.sources, schema=SOURCES_SCHEMA, orient="row")
    return PathChanges(seen=seen, inputs=plan.inputs, prune=prune, unchanged=plan.unchanged_record_files)


def plan_rejections(plan: InputPlan) -> pl.DataFrame:
    """Files the plan rejected (unreadable, special, too large), as ``transforms.ingest.REJECTED`` rows."""
    return pl.DataFrame(plan.rejected, schema=REJECTED, orient="row")


def rejected_rows(rejected: pl.DataFrame, run_id: str, seen_at: datetime) -> pl.DataFrame:
    """``transforms.ingest.REJECTED`` rows as ``rejected_files`` rows."""
    return rejected.select(path="source_path", reason="reason", run_id=pl.lit(run_id), seen_at=pl.lit(seen_at), fingerprint="fingerprint")
