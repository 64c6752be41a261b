"""One settings object for the whole pipeline (environment variables ``WIREHOUSE_*``).

Importing this module also fixes the environment Prefect and Great Expectations
read at import time: Prefect's home inside the project and analytics off, since
the machine has no network.
"""

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIREHOUSE_")

    db: Path = Path("data/warehouse.duckdb")
    # A batch is cut when its files reach this many bytes: it bounds memory per batch.
    batch_bytes: int = 8_000_000
    prefect_home: Path = PROJECT_ROOT / ".prefect"
    # Processes besides the flow's own that extract articles through figures (default: one per
    # further core; 0 extracts in the flow's process only).
    helper_processes: int = max(len(os.sched_getaffinity(0)) - 1, 0)
    # ... in parts of at least this many bytes of text: a smaller part costs more to
    # ship to a helper and back than it saves.
    extraction_part_bytes: int = 200_000
    # Seconds the ephemeral Prefect server may take to start (migrations on first start).
    prefect_startup_seconds: int = 120
    # Seconds a run waits for another run on the same warehouse to finish (flows/run_lock.py).
    lock_wait_seconds: float = 600
    # Test-only: hold the run at a stage, STAGE:FOLDER (flows/pause.py).
    pause_at: str = ""


def configure_environment(settings: Settings) -> None:
    """Set the variables Prefect and GX read when imported; explicit user values win."""
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(settings.prefect_startup_seconds))
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")


settings = Settings()
configure_environment(settings)
