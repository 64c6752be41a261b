"""Run identity and ``pipeline_runs`` rows, without importing Prefect (the no-op rerun stays fast)."""

import json
import os
import uuid
from datetime import datetime, timezone

from flows.inputs import InputPlan


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
        **extra,
    }
