"""The ``wirehouse`` command: a thin layer over the flows.

Errors a user can cause (a missing input, a locked, read-only, full or corrupt
warehouse, bad SQL) end with one line on stderr naming the cause and the path,
and a non-zero exit, never a traceback (``wirehouse query`` prints DuckDB's
whole message, hint included). Exit codes: 0 success, 1 error or failed checks,
2 usage (bad options, bad ``WIREHOUSE_*`` values, empty SQL), 3 run completed
with quarantined rows.
"""

import atexit
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

from flows.memory import exit_without_teardown

# The exit code of the finished command; None (an uncaught exception, Ctrl-C): a normal exit.
_exit_code: int | None = None


def _exit_after_the_other_handlers() -> None:
    if _exit_code is not None:
        exit_without_teardown(_exit_code)


# Registered before any other import can register its own, so it runs last.
atexit.register(_exit_after_the_other_handlers)

import errno  # noqa: E402
import math  # noqa: E402

import typer  # noqa: E402

from flows import interrupts  # noqa: E402

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_QUARANTINE = 3

try:
    from flows.settings import settings  # noqa: E402
except ValueError as bad_setting:  # flows.settings.SettingsError: a bad WIREHOUSE_* value
    typer.echo(f"error: {bad_setting}", err=True)
    _exit_code = EXIT_USAGE
    sys.exit(EXIT_USAGE)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="News text to a DuckDB warehouse, with Prefect and Great Expectations.")

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB warehouse file.")]


class Runner(str, Enum):
    local = "local"
    dask = "dask"


class InputFormat(str, Enum):
    text = "text"
    html = "html"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    feed = "feed"


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"


def fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def docs_folder(db: Path) -> Path:
    """Data Docs of a warehouse: ``dq_docs/<warehouse name>/`` beside it, so two warehouses in one folder keep theirs."""
    return db.parent / "dq_docs" / db.stem


def batch_megabytes(value: float | None) -> float | None:
    if value is not None and not (math.isfinite(value) and 0.001 <= value <= 2000):
        raise typer.BadParameter(f"{value} is not a number of megabytes between 0.001 and 2000")
    return value


def column_mapping(values: list[str] | None) -> list[str] | None:
    """``--map field=column`` pairs, checked against the record fields."""
    from transforms.ingest.records import mapping_with

    pairs = {}
    for value in values or []:
        target, _, column = value.partition("=")
        if not target.strip() or not column.strip():
            raise typer.BadParameter(f"{value!r} is not FIELD=COLUMN (e.g. text=article_body)")
        if target.strip() in pairs:
            raise typer.BadParameter(f"{target.strip()} is mapped twice ({pairs[target.strip()]} and {column.strip()})")
        pairs[target.strip()] = column.strip()
    try:
        mapping_with(pairs)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    return values


def read_options(input_format: "InputFormat | None", mapping: list[str] | None, outlet_from_folder: bool):
    from flows.inputs import ReadOptions

    pairs = tuple(sorted((target.strip(), column.strip()) for target, _, column in (value.partition("=") for value in mapping or [])))
    return ReadOptions(input_format=input_format.value if input_format else None, mapping=pairs, outlet_from_folder=outlet_from_folder)


FormatOption = Annotated[
    InputFormat | None,
    typer.Option("--format", help="Read every named file as this format (default: by its name: .txt, .html/.htm/.html.gz, .jsonl, .csv, .parquet, .rss/.atom)."),
]
MapOption = Annotated[
    list[str] | None,
    typer.Option("--map", callback=column_mapping, help="A record column for a field, e.g. --map text=article_body (fields: text, title, published_at, url, outlet, author, language)."),
]
FeedOption = Annotated[
    list[str] | None,
    typer.Option("--feed", help="An RSS or Atom feed (URL or file): its new entries' pages are fetched, stored and read. Repeatable."),
]
OutletOption = Annotated[bool, typer.Option("--outlet-from-folder", help="A text file's outlet is its folder's name (unless its sidecar names one).")]


def drop_traceback(error: BaseException) -> None:
    """Free the frames a failed run keeps alive (and with them DuckDB objects) before exit."""
    import gc

    while error is not None:
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    gc.collect()


def guarded(action):
    """Run ``action``; turn any exception into one line (``WIREHOUSE_DEBUG=1`` shows the traceback)."""
    from flows.inputs import InputError
    from warehouse.io import WarehouseError

    try:
        return action()
    except typer.Exit:
        raise
    except (InputError, WarehouseError, FileNotFoundError) as error:
        drop_traceback(error)
        fail(str(error))
    except Exception as error:  # noqa: BLE001 - the CLI's last line of defence
        interrupts.raise_if_stopping(error)  # e.g. DuckDB's "Query interrupted": the signal, not an error
        if os.environ.get("WIREHOUSE_DEBUG"):
            raise
        drop_traceback(error)
        fail(one_line(error))


def one_line(error: BaseException) -> str:
    """The error's type and first line; a full disk or a read-only file named as such."""
    text = str(error).strip()
    first = text.splitlines()[0] if text else ""
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "no space left on device" in text.lower():
        return f"no space left on device: {first}"
    if code == errno.EROFS or "read-only file system" in text.lower():
        return f"read-only file system: {first}"
    return f"{type(error).__name__}: {first}"


def fetch_outcomes(counts: dict[str, int]) -> str:
    """A feed run's requests per outcome: ``3 fetched, 1 not modified, 2 failed``."""
    return ", ".join(f"{n} {outcome.replace('_', ' ')}" for outcome, n in counts.items()) or "none"


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (recursive: text, pages, record files).")] = None,
    db: DbOption = settings.db,
    input_format: FormatOption = None,
    mapping: MapOption = None,
    outlet_from_folder: OutletOption = False,
    feeds: FeedOption = None,
    full_refresh: Annotated[bool, typer.Option("--full-refresh", help="Re-derive every table from the stored raw text.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose file is no longer among the inputs.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only warnings and the summary line.")] = False,
    runner: Annotated[Runner, typer.Option("--runner", help="Where the CPU-heavy stages run.")] = Runner.local,
    address: Annotated[str | None, typer.Option("--address", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --runner dask).")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Threads (local) or local Dask worker processes.")] = 2,
    batch_mb: Annotated[float | None, typer.Option("--batch-mb", callback=batch_megabytes, help="Megabytes of input per batch (bounds memory).")] = None,
) -> None:
    """Run the pipeline on PATHS into the warehouse."""
    paths = paths or []
    if not paths and not full_refresh and not feeds:
        fail("give at least one input path or --feed URL (or --full-refresh to re-derive stored documents)", EXIT_USAGE)
    from flows.runner import RunOptions, run_pipeline
    from transforms.schema import CONTENT_TABLES

    show_bar = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
    options = RunOptions(
        full_refresh=full_refresh, prune=prune, quiet=quiet, progress_bar=show_bar,
        runner=runner.value, address=address, workers=workers,
        batch_bytes=int(batch_mb * 1_000_000) if batch_mb else settings.batch_bytes,
        read=read_options(input_format, mapping, outlet_from_folder), feeds=tuple(feeds or ()),
    )
    summary = guarded(lambda: run_pipeline(paths, db, options))
    typer.echo(
        f"{summary['status']}: run {summary['run_id']}: {summary['files_seen']} files seen, "
        f"{summary['files_new']} new, {summary['files_changed']} changed, {summary['files_skipped']} skipped, "
        f"{summary.get('files_rejected') or 0} rejected; "
        + ", ".join(f"{t} {summary.get(f'{t}_rows') or 0}" for t in CONTENT_TABLES)
        + (f"; {summary['quarantined_rows']} rows quarantined" if summary.get("quarantined_rows") else "")
        + (f"; requests: {fetch_outcomes(summary['fetches'])} (see fetches)" if "fetches" in summary else "")
    )
    note_documents_on_other_rules(db)
    if summary["status"] == "completed_with_quarantine":
        raise typer.Exit(EXIT_QUARANTINE)


def note_documents_on_other_rules(db: Path) -> None:
    """Say when stored rows come from other extraction rules: an incremental run re-reads only changed files."""
    from transforms import RULES_VERSION
    from warehouse.io import WarehouseLocked, documents_on_other_rules

    try:
        stale = documents_on_other_rules(db, RULES_VERSION)
    except WarehouseLocked:
        return  # a run that waited for this one holds the warehouse now, and its own end says this
    if stale:
        typer.echo(
            f"note: {stale} documents were derived by other extraction rules than this version's; "
            "`wirehouse run --full-refresh` re-derives them", err=True,
        )


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run (read-only).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the SQL from this file instead.")] = None,
    db: DbOption = settings.db,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Run SQL over a read-only connection and print the result (COPY … TO another file exports)."""
    import duckdb

    from flows.output import print_frame
    from flows.query import EmptyQuery, QueryRefused, run_query

    if (sql is None) == (file is None):
        fail("give the SQL as an argument or with --file, not both", EXIT_USAGE)

    def execute():
        statement = sql if sql is not None else file.read_text(encoding="utf-8")
        try:
            return run_query(db, statement)
        except EmptyQuery as error:
            fail(str(error), EXIT_USAGE)
        except (QueryRefused, duckdb.Error) as error:
            fail(str(error).strip())  # DuckDB's whole message: the hint ("Did you mean …") is on its later lines

    frame = guarded(execute)
    if frame is not None:
        print_frame(frame, format.value)


@app.command()
def shell(db: DbOption = settings.db) -> None:
    """An interactive SQL prompt on the read-only warehouse (statements end with ';', .tables, .quit)."""
    from flows.output import print_frame
    from flows.query import shell as sql_shell

    guarded(lambda: sql_shell(db, print_frame))


@app.command()
def check(
    db: DbOption = settings.db,
    docs: Annotated[Path | None, typer.Option("--docs", help="Write Data Docs (HTML) to this folder (default dq_docs/<warehouse name>/ beside it).")] = None,
) -> None:
    """Validate the warehouse as it is now; non-zero exit when any expectation fails."""
    from flows.check import check_warehouse

    report = guarded(lambda: check_warehouse(db, docs or docs_folder(db)))
    for line in report.lines():
        typer.echo(line)
    if not report.success:
        raise typer.Exit(EXIT_ERROR)


@app.command()
def runs(
    db: DbOption = settings.db,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many recent runs.")] = 10,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """List the last runs from pipeline_runs."""
    from flows.output import print_frame
    from warehouse.io import recent_runs

    print_frame(guarded(lambda: recent_runs(db, limit)), format.value)


@app.command()
def report(
    db: DbOption = settings.db,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for index.html (default: report/ beside the warehouse).")] = None,
) -> None:
    """Write a static HTML report of the warehouse (people, claims, figures, near-duplicates, quality, runs)."""
    from flows.report import NoMarts, write_report

    def render():
        try:
            return write_report(db, out or db.parent / "report")
        except NoMarts as error:
            fail(str(error))

    typer.echo(f"Report: {guarded(render).index}")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Folder for one file per table and mart.")],
    db: DbOption = settings.db,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.parquet,
) -> None:
    """Export every table and mart as Parquet or CSV files (one per relation) into OUT."""
    from flows.export import export_warehouse

    written = guarded(lambda: export_warehouse(db, out, format.value))
    typer.echo(f"exported {len(written)} tables and marts to {out} ({format.value})")


@app.command()
def serve(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or directories (recursive: text, pages, record files).")] = None,
    db: DbOption = settings.db,
    feeds: FeedOption = None,
    cron: Annotated[str | None, typer.Option("--cron", help='Cron schedule, e.g. "0 * * * *".')] = None,
    interval: Annotated[int | None, typer.Option("--interval", min=1, help="Run every N seconds.")] = None,
    name: Annotated[str, typer.Option("--name", help="Deployment name.")] = "wirehouse",
) -> None:
    """Serve news_pipeline as a scheduled deployment on the Prefect server in PREFECT_API_URL."""
    if (cron is None) == (interval is None):
        fail("give exactly one of --cron or --interval", EXIT_USAGE)
    if not paths and not feeds:
        fail("give at least one input path or --feed URL", EXIT_USAGE)
    if not os.environ.get("PREFECT_API_URL"):
        fail("PREFECT_API_URL is not set: start a server (`prefect server start`) and export PREFECT_API_URL=http://127.0.0.1:4200/api")
    from flows.serving import serve_pipeline

    guarded(lambda: serve_pipeline(paths or [], db=db, cron=cron, interval=interval, name=name, feeds=feeds or []))


def main() -> None:
    """The console entry point. The process ends without the interpreter's teardown
    once the command has finished (see ``exit_without_teardown``); on SIGINT or SIGTERM,
    with 130 or 143 once the command has stopped (see ``flows.interrupts``)."""
    global _exit_code
    interrupts.install()
    try:
        app()
    except SystemExit as stop:
        if (interrupted := interrupts.interruption(stop)) is not None:
            interrupted.exit()
        # As Python exits for it: None is success, a message is printed and exits 1.
        _exit_code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
        raise
    _exit_code = 0


if __name__ == "__main__":
    sys.exit(main())
