"""Fixed costs the pipeline pays whatever the corpus size: Prefect's and Great Expectations'.

Each probe runs in a fresh interpreter (``python bench_overheads.py prefect|gx``),
so imports and the ephemeral Prefect server start cold, as in a `wirehouse run`.
The probe imports ``flows.settings`` first, which sets PREFECT_HOME (the project's
.prefect) and turns analytics off, as the pipeline does.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def prefect_probe() -> dict:
    """A trivial flow with one task: import time, the first call (which starts the ephemeral server), a second call."""
    import flows.settings  # noqa: F401 - the pipeline's Prefect environment

    started = time.perf_counter()
    from prefect import flow, task

    imported = time.perf_counter()

    @task
    def one() -> int:
        return 1

    @flow
    def trivial() -> int:
        return one()

    trivial()
    first_done = time.perf_counter()
    trivial()
    return {
        "import_seconds": round(imported - started, 3),
        "first_flow_seconds": round(first_done - imported, 3),
        "second_flow_seconds": round(time.perf_counter() - first_done, 3),
    }


def gx_probe() -> dict:
    import flows.settings  # noqa: F401 - GX analytics off, as in the pipeline

    started = time.perf_counter()
    import great_expectations  # noqa: F401

    return {"import_seconds": round(time.perf_counter() - started, 3)}


PROBES = {"prefect": prefect_probe, "gx": gx_probe}


def run_probe(name: str) -> dict:
    """The probe's own timings plus the wall time of its whole process (interpreter start to server shutdown)."""
    print(f"[bench] overhead probe: {name}", file=sys.stderr, flush=True)
    # Warnings only, as `wirehouse run -q`: the probe's last stdout line is its JSON.
    environment = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, __file__, name], cwd=REPO, env=environment, capture_output=True, text=True, check=True)
    return {**json.loads(result.stdout.strip().splitlines()[-1]), "process_seconds": round(time.perf_counter() - started, 3)}


def measure_overheads() -> dict:
    return {name: run_probe(name) for name in PROBES}


if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]]()))
