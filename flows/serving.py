"""Serving ``news_pipeline`` as a scheduled Prefect deployment (needs a real Prefect server)."""

from pathlib import Path

from flows.inputs import discover_files


def serve_pipeline(paths: list[str], db: Path, cron: str | None, interval: int | None, name: str) -> None:
    """Block serving the flow; each scheduled run executes in this process's runner."""
    from flows.logs import quiet_user_error_tracebacks
    from flows.pipeline import news_pipeline

    discover_files(paths)  # fail now, with one line, if an input does not exist
    quiet_user_error_tracebacks()
    news_pipeline.serve(
        name=name,
        cron=cron,
        interval=interval,
        parameters={"paths": [str(Path(p).resolve()) for p in paths], "db": str(db.resolve())},
        tags=["wirehouse"],
    )
