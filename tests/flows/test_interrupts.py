"""``flows.interrupts``: a stopping command prints one whole line and exits once."""

import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT

# Two threads stop the process at the same moment, as the main thread's stop and the watchdog's can.
TWO_STOPS = """
import threading
import time
from flows import interrupts

interrupts.kill_children = lambda: time.sleep(0.3)  # both stops are under way before either prints
start = threading.Barrier(2)

def stop(name, code):
    start.wait()
    interrupts.stop_now(code, f"stopped by the {name} " + "x" * 2000)

threads = [threading.Thread(target=stop, args=("first", 130)), threading.Thread(target=stop, args=("second", 143))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
"""


def test_two_stops_at_once_print_one_line_and_exit_with_its_code():
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", TWO_STOPS], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        name = lines[0].removeprefix("stopped by the ").split()[0]
        assert result.returncode == {"first": 130, "second": 143}[name]
        assert lines[0].endswith("x" * 2000)



# SIGINT arrives while the garbage collector runs a finalizer, as it can in asyncio's loop ``__del__``.
SIGNAL_IN_A_FINALIZER = """
import signal
import time
import weakref
from flows import interrupts

interrupts.install(watchdog=False)

def interrupt(*_):
    signal.raise_signal(signal.SIGINT)
    sum(range(1000))

class Finalized:
    __del__ = interrupt

class Referent:
    pass

referent = Referent()
reference = weakref.ref(referent, interrupt)
try:
    {finalize}
    for _ in range(50):
        time.sleep(0.1)
    print("not stopped")
except interrupts.Interrupted as stop:
    print("stopped by", stop.signum)
"""


@pytest.mark.parametrize("finalize", ["Finalized()", "del referent"], ids=["__del__", "weakref-callback"])
def test_a_signal_inside_a_finalizer_stops_the_command_without_a_traceback(finalize):
    script = SIGNAL_IN_A_FINALIZER.replace("{finalize}", finalize)
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout == "stopped by 2\n"
    assert result.stderr == ""
