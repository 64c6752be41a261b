"""The progress display moves per planned file and per extracted part, not per batch."""

import time

import pytest

from flows import progress
from flows.extraction import ExtractionProcesses
from flows.inputs import plan_inputs
from warehouse.io import Known
from tests.conftest import documents_frame, kill_workers


@pytest.fixture
def recorded():
    calls = []
    progress.install(lambda stage, done, total, advance: calls.append((stage, done, total, advance)))
    yield calls
    progress.install(None)


def test_planning_reports_every_file(tmp_path, recorded):
    files = []
    for number in range(3):
        files.append(tmp_path / f"{number}.txt")
        files[-1].write_text(f"Story {number}")
    plan_inputs(files, Known())
    assert recorded == [("planning", 0, 3, 0), ("planning", 1, 3, 0), ("planning", 2, 3, 0)]


def test_extraction_advances_once_per_part(recorded):
    text = "Aid arrives\n\n" + "About 2,389 children were evacuated, officials said. " * 40
    documents = documents_frame(*[f"{text} {number}" for number in range(8)])
    helpers = ExtractionProcesses(1, min_part_bytes=1_000)
    try:
        helpers.extract(documents)
        # The helper's part advances from its future's callback, which may run just after the result is read.
        deadline = time.monotonic() + 10
        while len([call for call in recorded if call[0] == "extracting"]) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        kill_workers(helpers.workers)
    advances = sorted(files for stage, _, _, files in recorded if stage == "extracting")
    assert advances == [4, 4]
