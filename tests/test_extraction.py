"""Extraction spread over helper processes: whole documents per part, the rows of one call."""

import functools
import os
import tempfile
import time
from concurrent.futures.process import BrokenProcessPool

import polars as pl
import pytest

from flows.extraction import SHARED_MEMORY, TABLES, ExtractionProcesses, extract_tables, scratch_folder, split_by_size
from flows.leftovers import parts_prefix
from flows.workers import WorkerProcesses, busy_elsewhere
from tests.conftest import SAMPLE, documents_frame, kill_workers, wirehouse
from tests.test_dask import TABLES as WAREHOUSE_TABLES, contents
from transforms.articles import segment, split_articles, split_paragraphs
from transforms.figures import extract_figures
from transforms.ingest import decode_documents
from transforms.quotes import extract_quotes


@pytest.fixture(scope="module")
def sample_documents() -> pl.DataFrame:
    files = sorted(SAMPLE.glob("*.txt"))
    documents = decode_documents(pl.DataFrame({"source_path": [str(f) for f in files], "raw": [f.read_bytes() for f in files]})).documents
    return documents


def assert_same_rows(extracted, expected):
    for table in TABLES:
        assert extracted.frames[table].equals(expected.frames[table]), table


def test_extract_tables_is_the_transforms_in_a_row_each_timed(sample_documents):
    extracted = extract_tables(sample_documents)
    segments = segment(sample_documents)
    paragraphs = split_paragraphs(segments)
    assert extracted.frames["articles"].equals(split_articles(sample_documents, segments))
    assert extracted.frames["paragraphs"].equals(paragraphs)
    assert extracted.frames["quotes"].equals(extract_quotes(paragraphs))
    assert extracted.frames["figures"].equals(extract_figures(paragraphs))
    assert set(extracted.seconds) == set(TABLES) and all(seconds > 0 for seconds in extracted.seconds.values())


def test_parts_are_whole_documents_of_about_equal_text_in_id_order():
    documents = documents_frame(*[f"Paragraph {i} of a story.\nAnd another one, {i}." * (1 + i % 3) for i in range(12)])
    parts = split_by_size(documents.reverse(), 3)
    assert len(parts) == 3
    assert pl.concat(parts).equals(documents.sort("document_id"))
    sizes = [part["text"].str.len_bytes().sum() for part in parts]
    assert max(sizes) < 2 * min(sizes), sizes


def test_more_parts_than_documents_gives_one_part_per_document():
    documents = documents_frame("One story.", "Another story.")
    assert [part["document_id"].to_list() for part in split_by_size(documents, 5)] == [["doc0"], ["doc1"]]


@pytest.fixture(scope="module")
def helpers():
    processes = ExtractionProcesses(2, min_part_bytes=1_000)
    yield processes
    processes.workers.pool.shutdown()


def test_helpers_give_the_rows_of_one_call_and_leave_no_files(helpers, sample_documents):
    ours = f"{parts_prefix()}*"  # other test processes' runs come and go meanwhile
    before = set(SHARED_MEMORY.glob(ours))
    whole = extract_tables(sample_documents)
    spread = helpers.extract(sample_documents)
    assert all(len(whole.frames[table]) > 50 for table in ("paragraphs", "quotes", "figures"))
    assert_same_rows(spread, whole)
    assert set(spread.seconds) == set(TABLES)
    assert set(SHARED_MEMORY.glob(ours)) == before


def test_parts_go_through_the_temp_folder_when_shared_memory_has_no_room(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert scratch_folder(1) == SHARED_MEMORY
    assert scratch_folder(10**18) == tmp_path
    monkeypatch.setattr("flows.extraction.SHARED_MEMORY", tmp_path / "absent")
    assert scratch_folder(1) == tmp_path


def test_a_small_batch_stays_in_this_process(sample_documents):
    processes = ExtractionProcesses(1, min_part_bytes=10_000_000)
    try:
        processes.workers.submit = None  # any part sent to a helper would fail
        assert_same_rows(processes.extract(sample_documents), extract_tables(sample_documents))
    finally:
        processes.workers.pool.shutdown()


def test_helpers_leave_the_core_of_a_busy_worker_process_to_it(sample_documents):
    processes = ExtractionProcesses(1, min_part_bytes=1_000)
    validating = WorkerProcesses(1, int)  # stands for the validation process
    try:
        processes.workers.results([processes.workers.submit(int)])  # the helper has started
        busy = validating.submit(time.sleep, 30)
        assert busy_elsewhere(processes.workers) == 1 and busy_elsewhere(validating) == 0
        processes.workers.submit = None  # any part sent to the helper would fail
        assert_same_rows(processes.extract(sample_documents), extract_tables(sample_documents))
    finally:
        busy.cancel()
        kill_workers(validating)
        validating.pool.shutdown()
        processes.workers.pool.shutdown()


def test_a_worker_process_still_importing_does_not_hold_helpers_back():
    importing = WorkerProcesses(1, functools.partial(time.sleep, 30))  # stands for GX's import
    processes = ExtractionProcesses(1, min_part_bytes=1_000)
    try:
        assert busy_elsewhere(processes.workers) == 0
        working = importing.submit(int)  # a call waits for the import: now it is busy
        assert busy_elsewhere(processes.workers) == 1
    finally:
        working.cancel()
        kill_workers(importing)
        importing.pool.shutdown()
        processes.workers.pool.shutdown()


@pytest.mark.parametrize("noticed_before_the_call", [False, True])
def test_a_dead_helper_fails_the_call_and_the_next_call_gets_new_helpers(sample_documents, noticed_before_the_call):
    """Whether the pool learns of the death before the next call (submit fails) or during it (the result fails)."""
    processes = ExtractionProcesses(1, min_part_bytes=1_000)
    try:
        processes.extract(sample_documents)
        pool = processes.workers.pool
        kill_workers(processes.workers)  # the helper dies
        deadline = time.monotonic() + 30
        while noticed_before_the_call and not pool._broken:
            assert time.monotonic() < deadline, "the pool never noticed its dead helper"
            time.sleep(0.01)
        with pytest.raises(BrokenProcessPool):
            processes.extract(sample_documents)
        assert_same_rows(processes.extract(sample_documents), extract_tables(sample_documents))
    finally:
        processes.workers.pool.shutdown()


def test_a_run_with_helpers_builds_the_warehouse_of_a_run_without(sample_warehouse, tmp_path):
    db = tmp_path / "helpers.duckdb"
    wirehouse("run", str(SAMPLE), "--db", str(db), env={**os.environ, "WIREHOUSE_HELPER_PROCESSES": "2", "WIREHOUSE_EXTRACTION_PART_BYTES": "1000"})
    for table in WAREHOUSE_TABLES:
        assert contents(db, table) == contents(sample_warehouse, table), table
