"""Serving ``news_pipeline`` as a scheduled Prefect deployment (needs a real Prefect server)."""

from pathlib import Path

from flows.feeds import is_url
from flows.inputs import discover_files


def serve_pipeline(paths: list[str], db: Path, cron: str | None, interval: int | None, name: str, feeds: list[str] = ()) -> None:
    """Block serving the flow; each scheduled run executes in this process's runner (and fetches ``feeds`` first)."""
    from flows.logs import quiet_user_error_tracebacks
    from flows.pipeline import news_pipeline

    discover_files(paths)  # fail now, with one line, if an input does not exist
    quiet_user_error_tracebacks()
    news_pipeline.serve(
        name=name,
        cron=cron,
        interval=interval,
        parameters={
            "paths": [str(Path(p).resolve()) for p in paths], "db": str(db.resolve()),
            "feeds": [feed if is_url(feed) else str(Path(feed).resolve()) for feed in feeds],
        },
        tags=["wirehouse"],
    )
