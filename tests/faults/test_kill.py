"""``kill -9`` at every stage: the warehouse is unchanged, the run's processes die with it, and
the next run removes what the killed runs left (staging folders, shared-memory parts,
semaphores), loads everything once and passes ``wirehouse check``."""

import signal

import pytest

from tests.conftest import wirehouse
from tests.faults.runs import STAGES, PausedRun, content, edition, gone, leftovers, query, warehouse_copy

pytestmark = [pytest.mark.faults, pytest.mark.alone]


def test_kill_9_at_every_stage_changes_nothing_and_the_next_run_clears_what_it_left(sample_warehouse, prefect_server, tmp_path):
    inputs = edition(tmp_path / "edition", "Killed edition.")
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    before = content(db)
    killed, left = [], {}
    for stage in STAGES:
        run = PausedRun(inputs, db, stage, tmp_path / f"handshake-{stage}", server=prefect_server)
        run.wait_paused()
        run.signal(signal.SIGKILL, group=True)
        run.finish()
        assert run.process.returncode == -signal.SIGKILL
        assert content(db) == before, stage
        # Outside the group (a session and process groups of their own), they follow the CLI.
        assert gone(run.children) == [], stage
        killed.append(run)
        left[stage] = leftovers(run.pid, db)  # until the next run starts

    assert all(any("/.staging/" in path for path in left[stage]) for stage in STAGES)
    assert all(any("/sem.mp-wirehouse-" in path for path in left[stage]) for stage in STAGES)
    assert any("/wirehouse-extract-" in path for path in left["extract"])

    result = wirehouse("run", str(inputs), "--db", str(db), env=prefect_server)
    assert "completed:" in result.stdout and "4 new" in result.stdout
    assert [leftovers(run.pid, db) for run in killed] == [[]] * len(STAGES)
    assert query(db, "select count(*), count(distinct document_id) from documents") == [(8, 8)]
    assert "OK:" in wirehouse("check", "--db", str(db), "--docs", str(tmp_path / "docs")).stdout


def test_kill_9_of_the_cli_alone_takes_its_processes_with_it(sample_warehouse, tmp_path):
    """Its private Prefect server included."""
    db = warehouse_copy(sample_warehouse, tmp_path / "warehouse")
    run = PausedRun(edition(tmp_path / "edition", "Orphaned edition."), db, "validate", tmp_path / "handshake")
    run.wait_paused()
    commands = [" ".join(child.cmdline()) for child in run.children]
    assert any("flows.api_server" in command for command in commands) and any("spawn_main" in command for command in commands)
    run.signal(signal.SIGKILL, group=False)
    run.finish()
    assert gone(run.children) == []
