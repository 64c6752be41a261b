"""Two runs at once on one warehouse serialise: the second waits for the first's run lock,
then plans against what the first loaded; no input is lost and no document loads twice."""

import shutil
import subprocess

import pytest

from tests.conftest import PROJECT_ROOT, WIREHOUSE
from tests.faults.runs import PausedRun, edition, query, warehouse_copy

pytestmark = pytest.mark.faults

WAITING = "is in use by another run (pid {pid}): waiting for it"


def inputs_for(case: str, tmp_path):
    """The two runs' input folders: disjoint, sharing one file, or the same folder."""
    first = edition(tmp_path / "first", "First edition.")
    if case == "identical":
        return first, first
    second = edition(tmp_path / "second", "Second edition.")
    if case == "overlapping":
        shared = sorted(first.glob("*.txt"))[0]
        shutil.copy(shared, second / f"shared-{shared.name}")
    return first, second


@pytest.mark.parametrize("case, second_new", [("disjoint", 4), ("overlapping", 4), ("identical", 0)])
def test_a_second_run_waits_for_the_first_and_loads_only_what_is_new(case, second_new, sample_warehouse, prefect_server, tmp_path):
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    first_inputs, second_inputs = inputs_for(case, tmp_path)
    first = PausedRun(first_inputs, db, "load", tmp_path / "handshake", server=prefect_server)
    first.wait_paused()  # inside its load's transaction, holding the warehouse's run lock
    second = subprocess.Popen(
        [*WIREHOUSE, "run", str(second_inputs), "--db", str(db)], cwd=PROJECT_ROOT, env=prefect_server,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        waiting = second.stderr.readline()
        assert WAITING.format(pid=first.pid) in waiting, waiting
    finally:
        first.release()
    first_out, first_err = first.finish()
    second_out, second_err = second.communicate(timeout=300)

    assert first.process.returncode == 0, first_err
    assert second.returncode == 0, second_err
    assert "Traceback" not in first_err + second_err
    assert first_out.startswith("completed:") and "4 new" in first_out
    assert f"{second_new} new" in second_out
    assert second_out.startswith("up_to_date:" if case == "identical" else "completed:")
    # The sample, the first edition, the second edition (the shared file is the first's).
    expected = 4 + 4 + (0 if case == "identical" else 4)
    assert query(db, "select count(*), count(distinct document_id) from documents") == [(expected, expected)]
    assert query(db, "select count(*) = count(distinct paragraph_id) from paragraphs") == [(True,)]
