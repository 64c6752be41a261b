"""``flows.interrupts``: a stopping command prints one whole line and exits once."""

import subprocess
import sys

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
