"""Progress of a run on a terminal: files read and stages done.

The flow reports through ``report``; only the CLI, attached to a terminal,
installs a bar. Under CI, ``--quiet`` or a schedule, nothing is drawn and the
log lines tell the same story.
"""

from collections.abc import Callable

Reporter = Callable[[str, int, int], None]
_reporter: Reporter | None = None


def install(reporter: Reporter | None) -> None:
    global _reporter
    _reporter = reporter


def report(stage: str, files_done: int, files_total: int) -> None:
    if _reporter is not None:
        _reporter(stage, files_done, files_total)


class RichBar:
    """A rich progress bar over the files of a run, labelled with the current stage."""

    def __init__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("[bold]{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"), TimeElapsedColumn(),
            transient=False,
        )
        self.task = self.progress.add_task("plan", total=None)

    def __call__(self, stage: str, files_done: int, files_total: int) -> None:
        self.progress.update(self.task, description=stage, completed=files_done, total=files_total)

    def __enter__(self):
        self.progress.start()
        install(self)
        return self

    def __exit__(self, *exc):
        install(None)
        self.progress.stop()
