"""Progress of a run on a terminal: what it is doing, and files extracted so far.

The run reports through ``report`` (a stage, and the files done of a total) and
``advance`` (files a stage just finished, from any thread); only the CLI,
attached to a terminal, installs a bar. It appears when the command starts
(starting, planning, booting) and moves per file while planning and per
extracted part of a batch, not per batch. Under CI, ``--quiet`` or a schedule,
nothing is drawn and the log lines tell the same story.
"""

from collections.abc import Callable

Reporter = Callable[[str, int | None, int | None, int], None]
_reporter: Reporter | None = None


def install(reporter: Reporter | None) -> None:
    global _reporter
    _reporter = reporter


def report(stage: str, files_done: int | None = None, files_total: int | None = None) -> None:
    """Show ``stage``; with counts, set the bar to ``files_done`` of ``files_total`` (0 total: no bar yet)."""
    if _reporter is not None:
        _reporter(stage, files_done, files_total, 0)


def advance(stage: str, files: int) -> None:
    """``files`` more are through ``stage``."""
    if _reporter is not None:
        _reporter(stage, None, None, files)


class RichBar:
    """A rich progress bar over the files of a run, labelled with the current stage."""

    def __init__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TimeElapsedColumn(), transient=False,
        )
        self.task = self.progress.add_task("starting", total=None)

    def __call__(self, stage: str, files_done: int | None, files_total: int | None, advance: int) -> None:
        update = {"description": stage}
        if files_total is not None:
            update["total"] = files_total or None
        if files_done is not None:
            update["completed"] = files_done
        self.progress.update(self.task, advance=advance or None, **update)

    def __enter__(self):
        self.progress.start()
        install(self)
        return self

    def __exit__(self, *exc):
        install(None)
        self.progress.stop()
