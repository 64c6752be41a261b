"""A private Prefect API server for one CLI run, started before Prefect is imported.

Without ``PREFECT_API_URL`` Prefect's ephemeral mode starts this same server
(``uvicorn prefect.server.api.server:create_app`` on a loopback port), but only
after importing the whole server package into the client process (4 s or more)
and only when the flow starts. Booting the subprocess first, and pointing
``PREFECT_API_URL`` at it, overlaps its start-up with the client's imports and
planning, and keeps the server package out of the client.

The server runs in a session of its own, so Ctrl-C on the terminal reaches only
the CLI, which reports the run's end to the server before it stops it. It dies with
the CLI (``PR_SET_PDEATHSIG``, set by ``python -m flows.api_server`` before uvicorn
starts), so a CLI killed with ``kill -9`` leaves no server behind.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HEALTH_POLL_SECONDS = 0.1
STOP_GRACE_SECONDS = 3
# Draining the client's queued logs while a run is interrupted: a second each, not three.
INTERRUPTED_DRAIN_SECONDS = 1
PR_SET_PDEATHSIG = 1


def free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateApiServer:
    """Start on construction; ``wait_ready`` before the flow; ``stop`` at the end."""

    def __init__(self, log_file: Path):
        import importlib.util

        self.port = free_loopback_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
        log_file.parent.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "flows.api_server", str(os.getpid()), "--app-dir", str(prefect_dir.parent), "--factory",
                "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on",
            ],
            env={**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"},
            stdout=log_file.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float) -> None:
        """Block until the API answers; raise with the server's exit code if it died."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the Prefect API server exited with code {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(HEALTH_POLL_SECONDS)
        raise RuntimeError(f"the Prefect API server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Flush the client's queued logs and events to the API, then stop the server."""
        from flows.interrupts import stopping

        if "prefect" in sys.modules:
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            drain_seconds = INTERRUPTED_DRAIN_SECONDS if stopping() else STOP_GRACE_SECONDS
            APILogWorker.drain_all(timeout=drain_seconds)
            EventsWorker.drain_all(timeout=drain_seconds)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def serve_while_parent_lives(parent_pid: int, uvicorn_args: list[str]) -> None:
    """uvicorn with ``uvicorn_args``, in a process the kernel kills when ``parent_pid`` (its parent) dies."""
    import ctypes
    import runpy
    import signal

    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the line above
        sys.exit(1)
    sys.argv = ["uvicorn", *uvicorn_args]
    runpy.run_module("uvicorn", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    serve_while_parent_lives(int(sys.argv[1]), sys.argv[2:])
