"""Serving ``news_pipeline`` as a scheduled Prefect deployment (needs a real Prefect server).

What ``Flow.serve`` does (a Prefect ``Runner`` that starts each scheduled run in a
process of its own), with a stop of our own on the first SIGINT or SIGTERM:
``Flow.serve`` pauses the deployment, then waits for the runs in progress to end,
however long they take (a second Ctrl-C left them behind), and Prefect's SIGTERM
handler exits 0. Here the serving process asks its runs to stop (SIGINT), the
runner pauses the deployment and waits for them to record themselves
``interrupted``, and the command exits 130 or 143 (``flows.interrupts``).

Runs start with SIGINT and SIGTERM blocked (the serving loop blocks them, and a
spawned process inherits the mask): a Ctrl-C on the terminal reaches the serving
process only, even while a run is still importing. At its start the run leaves the
terminal's process group and takes them (``interrupts.install_in_flow``).
"""

import asyncio
import signal
from pathlib import Path

from flows import interrupts
from flows.feeds import is_url
from flows.inputs import discover_files
from flows.workers import terminal_signals_blocked


def serve_pipeline(paths: list[str], db: Path, cron: str | None, interval: int | None, name: str, feeds: list[str] = ()) -> None:
    """Block serving the flow until a signal; each scheduled run executes in a process of its own (and fetches ``feeds`` first)."""
    from prefect.runner import Runner

    from flows.logs import quiet_user_error_tracebacks
    from flows.pipeline import news_pipeline

    discover_files(paths)  # fail now, with one line, if an input does not exist
    quiet_user_error_tracebacks()
    runner = Runner(name=name, pause_on_shutdown=True)
    runner.add_flow(
        news_pipeline,
        name=name,
        cron=cron,
        interval=interval,
        parameters={
            "paths": [str(Path(p).resolve()) for p in paths], "db": str(db.resolve()),
            "feeds": [feed if is_url(feed) else str(Path(feed).resolve()) for feed in feeds],
        },
        tags=["wirehouse"],
    )
    schedule = f"cron {cron}" if cron else f"every {interval} s"
    print(f"serving news_pipeline/{name} ({schedule}); `prefect deployment run 'news_pipeline/{name}'` starts a run now; Ctrl-C stops", flush=True)
    with terminal_signals_blocked():
        asyncio.run(serve_until_signalled(runner))
    interrupts.raise_if_stopping()


async def serve_until_signalled(runner) -> None:
    loop = asyncio.get_running_loop()
    serving = asyncio.ensure_future(runner.start())
    await asyncio.sleep(0)  # ``Runner.start`` installs its own SIGTERM handler first thing: ours replaces it

    def stop(signum: int) -> None:
        if interrupts.note(signum):
            stop_runs()
            serving.cancel()  # the runner pauses the deployment and waits for its runs to end

    for signum in interrupts.SIGNALS:
        loop.add_signal_handler(signum, stop, signum)
    try:
        await serving
    except asyncio.CancelledError:
        if not interrupts.stopping():
            raise


def stop_runs() -> None:
    """SIGINT to the runs, which record themselves interrupted; a run still starting (its
    signals still blocked: it has not begun) is killed instead of waited for."""
    import psutil

    for child in psutil.Process().children():
        try:
            if blocks_terminal_signals(child.pid):
                child.kill()
            else:
                child.send_signal(signal.SIGINT)
        except (psutil.NoSuchProcess, OSError):
            pass


def blocks_terminal_signals(pid: int) -> bool:
    """Whether the main thread of process ``pid`` blocks SIGINT and SIGTERM (Linux; elsewhere: no)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            mask = next(int(line.split()[1], 16) for line in status if line.startswith("SigBlk:"))
    except (OSError, StopIteration):
        return False
    return all(mask >> (signum - 1) & 1 for signum in interrupts.SIGNALS)
