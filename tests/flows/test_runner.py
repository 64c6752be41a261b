"""``flows.runner``: the task threads of a run that is stopping are not waited for."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT

BUSY_SECONDS = 4

# Two runners, each with a task thread busy for BUSY_SECONDS (as one extracting a large
# part): the seconds each one's exit waits, before and after a stop signal was noted.
EXITS = f"""
import os
import signal
import threading
import time

from flows import interrupts
from flows.runner import task_runner


def exit_seconds():
    runner = task_runner("local", None, 2)
    runner.__enter__()
    runner._executor.submit(threading.Event().wait, {BUSY_SECONDS})
    started = time.monotonic()
    runner.__exit__(None, None, None)
    return time.monotonic() - started


running = exit_seconds()
interrupts.note(signal.SIGTERM)
print(running, exit_seconds(), flush=True)
os._exit(0)  # the interpreter's exit would join the left thread
"""


def test_only_a_stopping_run_leaves_its_task_threads_without_waiting():
    result = subprocess.run([sys.executable, "-c", EXITS], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    running, stopping = map(float, result.stdout.split())
    assert running >= BUSY_SECONDS - 0.5
    assert stopping < 1
