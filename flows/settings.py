"""One settings object for the whole pipeline (environment variables ``WIREHOUSE_*``).

Importing this module also fixes the environment Prefect and Great Expectations
read at import time: Prefect's home inside the project and analytics off, since
the machine has no network. A bad value (``WIREHOUSE_BATCH_BYTES=garbage``)
raises ``SettingsError`` with one line naming the variable; the CLI prints it.
"""

import os
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ENV_PREFIX = "WIREHOUSE_"


class SettingsError(ValueError):
    """An environment variable holds a value the setting does not accept."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX)

    db: Path = Field(Path("data/warehouse.duckdb"), description="The DuckDB warehouse file.")
    batch_bytes: int = Field(
        8_000_000, ge=1_000, le=2_000_000_000,
        description="A batch is cut when its files reach this many bytes: it bounds memory per batch.",
    )
    max_file_bytes: int = Field(
        256_000_000, ge=1, le=4_000_000_000,
        description=(
            "Larger input files are rejected. A file is never split across batches, and its text is held "
            "many times over while it is extracted and validated (document, paragraphs, rows, the validation "
            "process's copy): a 50 MB file took the run to 2.6 GB, so the default keeps one file within "
            "about 8 GB of a 24 GB machine."
        ),
    )
    prefect_home: Path = Field(PROJECT_ROOT / ".prefect", description="PREFECT_HOME for runs that start their own Prefect API.")
    helper_processes: int = Field(
        max(len(os.sched_getaffinity(0)) - 1, 0), ge=0, le=256,
        description="Processes besides the flow's own that extract articles through figures (default: one per "
                    "further core; 0 extracts in the flow's process only).",
    )
    extraction_part_bytes: int = Field(
        200_000, ge=1_000,
        description="Smallest part of a batch worth handing to a helper: a smaller part costs more to ship than it saves.",
    )
    fetch_timeout_seconds: float = Field(
        20.0, gt=0, le=600, description="A feed run's HTTP request gives up after this many seconds (connect, and each read).",
    )
    fetch_host_interval_seconds: float = Field(
        1.0, ge=0, le=3600, description="A feed run waits at least this long between two requests to the same host.",
    )
    user_agent: str = Field(
        "wirehouse/0.1 (news pipeline; reads feeds and the pages they link to)",
        min_length=1, description="The User-Agent of a feed run's requests, matched against robots.txt.",
    )
    prefect_startup_seconds: int = Field(
        120, ge=1, le=3600, description="Seconds the run's own Prefect API server may take to start (migrations on first start)."
    )
    lock_wait_seconds: float = Field(
        600, ge=0, le=86_400, description="Seconds a run waits for another run on the same warehouse to finish (flows/run_lock.py).",
    )
    pause_at: str = Field("", description="Test-only: STAGE:FOLDER (or STAGE@query:FOLDER) holds the run at a stage until FOLDER/STAGE.go exists (flows/pause.py).")


def load_settings() -> Settings:
    """The settings from the environment; ``SettingsError`` names the first bad variable."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        name = f"{ENV_PREFIX}{first['loc'][0]}".upper() if first["loc"] else ENV_PREFIX + "*"
        value = os.environ.get(name, "")
        raise SettingsError(f"{name}={value!r}: {first['msg']}") from None


def configure_environment(settings: Settings) -> None:
    """Set the variables Prefect and GX read when imported; explicit user values win."""
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(settings.prefect_startup_seconds))
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")


settings = load_settings()
configure_environment(settings)
