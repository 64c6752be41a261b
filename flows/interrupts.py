"""Ctrl-C and SIGTERM: a command stops within seconds, in order, and leaves nothing behind.

The CLI is the only process of a run that the terminal's signals reach: its worker
processes leave the terminal's process group when they start, and the private
Prefect server runs in a session of its own (see ``flows.workers``,
``flows.api_server``). So a signal to the group, or ``kill`` of the CLI alone, finds
the same process, which stops the others itself.

On the first SIGINT or SIGTERM the CLI raises ``Interrupted`` in its main thread:
the flow records the run as ``interrupted`` (an open load transaction rolls back
first), Prefect reports the flow run crashed to its server, still up, and
``Interrupted.exit`` kills the command's processes, removes what this process left
in shared memory and its staging folder, prints one line and exits 128 + the
signal's number (130 for SIGINT, 143 for SIGTERM). A DuckDB query in progress is
ended from another thread as the signal is noted: DuckDB checks for a signal itself,
but the handler's ``Interrupted`` raised inside a query can be lost while the query
goes on, and what ends an interrupted query is a ``RuntimeError('Query interrupted')``;
code around such work (``stopping_point``) turns that into ``Interrupted``. A signal
that lands in a finalizer (a ``__del__`` the garbage collector runs), where Python
would drop the exception with a traceback, is sent to the main thread again to be
raised after it. Later signals are only noted: a second Ctrl-C does not cut the stop
short. Whatever still runs after ``STOP_SECONDS`` is stopped at once by a watchdog,
which exits the same way.

typer turns a ``KeyboardInterrupt`` into exit code 130; ``flows.cli.main`` finds the
``Interrupted`` behind it (``interruption``) and exits as above.
"""

import atexit
import ctypes
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SECONDS = 8
RESEND_SECONDS = 0.05  # a signal dropped in a finalizer is sent again once the finalizer has returned
SIGNALS = {signal.SIGINT, signal.SIGTERM}
SIGACTION_BYTES = 256  # more than any libc's struct sigaction (glibc's: 152)

_received: int | None = None  # the first SIGINT or SIGTERM
_raised = False  # ``Interrupted`` raised in the main thread
_noting = threading.Lock()
_wake_thread: threading.Thread | None = None
_watchdog = False  # the command's process stops at once STOP_SECONDS after the first signal
_exiting = threading.Lock()  # held by the one ``stop_now`` that ends the process
_served_run = False  # this process runs a flow run that ``wirehouse serve`` started
_other_unraisable = sys.unraisablehook  # what reports every other exception a finalizer raises


class Interrupted(KeyboardInterrupt):
    """A SIGINT or SIGTERM arrived: the command stops.

    A ``KeyboardInterrupt``, so no ``except Exception`` takes it for an error and
    asyncio, Prefect and typer treat it as the interrupt it is. ``run_id`` and
    ``recorded`` (the run's status in ``pipeline_runs``) are set by the run it stopped.
    """

    def __init__(self, signum: int, run_id: str | None = None, recorded: str | None = None) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.run_id = run_id
        self.recorded = recorded

    @classmethod
    def of_this_process(cls, run_id: str | None = None, recorded: str | None = None) -> "Interrupted":
        """For the signal this process received (a ``KeyboardInterrupt`` without one: SIGINT)."""
        return cls(_received or signal.SIGINT, run_id, recorded)

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def message(self) -> str:
        name = signal.Signals(self.signum).name
        if self.run_id is None:
            return f"interrupted by {name}"
        if self.recorded is None:
            return f"interrupted by {name}: run {self.run_id} stopped; it wrote nothing to the warehouse"
        if self.recorded == "interrupted":
            return f"interrupted by {name}: run {self.run_id} recorded as interrupted; the warehouse is as it was"
        return f"interrupted by {name} after run {self.run_id} had committed its load (recorded as {self.recorded})"

    def exit(self) -> None:
        """Stop this command's processes, print the line, and exit now (never returns)."""
        stop_now(self.exit_code, self.message())


def interruption(error: BaseException) -> Interrupted | None:
    """The ``Interrupted`` behind ``error`` (typer turns one into ``Exit(130)``), or one for a signal received."""
    seen = error
    while seen is not None:
        if isinstance(seen, Interrupted):
            return seen
        seen = seen.__cause__ or seen.__context__
    return Interrupted.of_this_process() if stopping() else None


def received() -> int | None:
    """The first signal that asked this process to stop, if any."""
    return _received


def stopping() -> bool:
    return _received is not None


def interrupted_by(error: BaseException) -> bool:
    """Whether ``error`` ends a run as interrupted: a signal (``Interrupted``, ``KeyboardInterrupt``,
    Prefect's ``TerminationSignal``), or any error raised once a signal arrived."""
    return not isinstance(error, Exception) or stopping()


def raise_if_stopping(cause: BaseException | None = None) -> None:
    """Stopping: an error now (DuckDB's "Query interrupted", a pool stopped under a call) is the interrupt."""
    if _received is not None:
        raise Interrupted(_received) from cause


@contextmanager
def stopping_point() -> Iterator[None]:
    """Around work a stop interrupts inside a library (a DuckDB query): once a signal arrived,
    the block ends in ``Interrupted``, whether it raised (DuckDB's "Query interrupted") or returned."""
    try:
        yield
    except Exception as error:
        raise_if_stopping(error)
        raise
    raise_if_stopping()


def note(signum: int) -> bool:
    """Remember the first stop signal, end the DuckDB queries in progress and start the watchdog; False for a later one."""
    global _received
    with _noting:
        if _received is not None:
            return False
        _received = signum
    # Not in this thread: the main thread's handler may run inside the query it would interrupt.
    threading.Thread(target=_interrupt_queries, daemon=True, name="wirehouse-interrupt-queries").start()
    if _watchdog:
        timer = threading.Timer(STOP_SECONDS, _stop_overdue, args=(signum,))
        timer.daemon = True
        timer.start()
    return True


def _interrupt_queries() -> None:
    io = sys.modules.get("warehouse.io")  # not imported: no connection to interrupt
    if io is not None:
        io.interrupt_queries()


def _on_signal(signum: int, frame: FrameType | None) -> None:
    global _raised
    note(signum)
    if _raised:  # later signals change nothing: the stop is under way
        return
    if _in_finalizer(frame):
        _send_again(signum)
        return
    _raised = True
    raise Interrupted(signum)


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether the main thread runs a ``__del__`` (an asyncio loop's, called by the garbage
    collector) or the unraisable hook: Python drops an exception raised there, with a traceback."""
    while frame is not None:
        if frame.f_code.co_name == "__del__" or frame.f_code is _raise_dropped_interrupt_again.__code__:
            return True
        frame = frame.f_back
    return False


def _send_again(signum: int) -> None:
    """Send ``signum`` to the main thread again shortly, to be raised in the code the finalizer interrupted."""
    resend = threading.Timer(RESEND_SECONDS, signal.pthread_kill, args=(threading.main_thread().ident, signum))
    resend.daemon = True
    resend.start()


def _raise_dropped_interrupt_again(unraisable) -> None:
    """An ``Interrupted`` dropped in a finalizer ``_in_finalizer`` does not see (a weakref
    callback) is not reported: its signal is sent again."""
    global _raised
    if not isinstance(unraisable.exc_value, Interrupted):
        _other_unraisable(unraisable)
        return
    _raised = False
    _send_again(unraisable.exc_value.signum)


def install(sigterm: bool = True, watchdog: bool = True) -> None:
    """Make SIGINT (and SIGTERM) raise ``Interrupted`` in the main thread, once; the CLI calls it at start.

    Only for a process that ends with what it runs: after one signal, it is stopping for good.
    """
    global _wake_thread, _watchdog, _other_unraisable
    _watchdog = watchdog
    for signum in SIGNALS if sigterm else {signal.SIGINT}:
        signal.signal(signum, _on_signal)
    if sys.unraisablehook is not _raise_dropped_interrupt_again:
        _other_unraisable, sys.unraisablehook = sys.unraisablehook, _raise_dropped_interrupt_again
    if _wake_thread is not None:
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    actions = {signum: _kernel_action(signum) for signum in SIGNALS}
    _wake_thread = threading.Thread(target=_wake_main_thread, args=(read_end, actions), daemon=True, name="wirehouse-signals")
    _wake_thread.start()


def install_in_flow() -> None:
    """At a flow's start: in the process of a run ``wirehouse serve`` started, stop on SIGINT as the CLI does.

    Such a process starts with SIGINT and SIGTERM blocked (the serving process stops
    its runs itself): it leaves the terminal's process group, then takes them. SIGTERM
    stays with Prefect, whose runner cancels runs with it, and the serving process's
    watchdog covers its runs. Any other process (the CLI's, set up already; a test's,
    a notebook's) is left as it is.
    """
    if threading.current_thread() is not threading.main_thread() or _wake_thread is not None:
        return
    if not SIGNALS <= signal.pthread_sigmask(signal.SIG_BLOCK, []):
        return
    global _served_run
    _served_run = True
    os.setpgid(0, 0)
    install(sigterm=False, watchdog=False)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)


def _end_a_stopped_served_run() -> None:
    """At the exit of a served run's process that a signal stopped, skip the interpreter's teardown.

    The stopped run's exception, kept by Prefect, still holds the DuckDB connection of the
    query it interrupted: in the teardown DuckDB's bindings would report it, and their
    types, as leaked, a page of noise on the terminal after ``serve``'s one line.
    Registered at import, before Prefect's services register theirs when they start,
    so their drains run first.
    """
    if _served_run and _received is not None:
        from flows.memory import exit_without_teardown

        exit_without_teardown(128 + _received)


atexit.register(_end_a_stopped_served_run)


def _wake_main_thread(read_end: int, actions: dict) -> None:
    """Send the first SIGINT or SIGTERM on to the main thread, once, with Python's own handler.

    The kernel hands a signal sent to the process to any thread that does not block
    it, and Python only notes it for the main thread, which runs the handler at its
    next instruction: a main thread waiting on a lock (a future's result) waits on,
    unless a signal sent to it interrupts the wait. Polars registers its own SIGINT
    handler (chained to Python's) with SA_RESTART, under which the kernel resumes
    that wait instead of interrupting it: Python's handler, as it was when installed,
    is put back first. Python writes every signal's number to the descriptor read here.
    """
    main = threading.main_thread().ident
    while True:
        numbers = [number for number in os.read(read_end, 64) if number in SIGNALS]
        if numbers:
            break
    note(numbers[0])  # a handler other than ours (Prefect's SIGTERM bridge) may take this one
    for signum, action in actions.items():
        _set_kernel_action(signum, action)
    signal.pthread_kill(main, numbers[0])


def _kernel_action(signum: int):
    """The kernel's ``struct sigaction`` for ``signum``, as opaque bytes (None where libc has no sigaction)."""
    try:
        action = ctypes.create_string_buffer(SIGACTION_BYTES)
        if _libc().sigaction(signum, None, action) == 0:
            return action
    except (OSError, AttributeError):
        pass
    return None


def _set_kernel_action(signum: int, action) -> None:
    if action is not None:
        _libc().sigaction(signum, action, None)


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _stop_overdue(signum: int) -> None:
    stop_now(128 + signum, f"interrupted by {signal.Signals(signum).name}: stopped at once after {STOP_SECONDS} s")


def stop_now(code: int, message: str) -> None:
    """Kill this process's children (workers, the resource tracker, a server still up), remove
    what it left in shared memory, print ``message`` as the last line and exit with ``code``
    without the interpreter's teardown. Threads still at work log nothing more.

    The main thread's stop and the watchdog's can meet: the second waits for the
    first to end the process, so one line is printed, whole; past STOP_SECONDS
    (the first stuck) it goes on itself."""
    from flows.leftovers import remove_own_leftovers
    from flows.memory import exit_without_teardown

    _exiting.acquire(timeout=STOP_SECONDS)
    logging.disable(logging.CRITICAL)
    try:
        kill_children()
        remove_own_leftovers()
    finally:
        print(message, file=sys.stderr)
        exit_without_teardown(code)


def kill_children() -> None:
    """SIGKILL every descendant of this process (they hold nothing a run needs once it stops)."""
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(children, timeout=2)
