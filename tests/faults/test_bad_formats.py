"""Bad inputs in the formats beyond text (records, pages, feeds): one row with its reason each,
never a failed run and never a traceback. A run of the CLI, as a user starts it."""

import gzip
import io
import json
import os
import socket

import polars as pl
import pytest

from tests.conftest import wirehouse
from tests.faults.runs import query

MAX_FILE_BYTES = 3_000_000
GOOD = {"text": "The harbour reopened on Monday, the port authority said.", "title": "Harbour reopens", "date": "2026-11-02",
        "url": "https://harbourherald.example/reopens"}


@pytest.fixture(scope="module")
def bad_formats(tmp_path_factory):
    """A folder of one good record and one bad input of each new kind, and a feed host that is down."""
    folder = tmp_path_factory.mktemp("bad-formats")
    (folder / "wire.jsonl").write_text(json.dumps(GOOD) + '\n{"text": "cut off\n{"title": "no text"}\n', encoding="utf-8")
    (folder / "no-text-column.csv").write_text("headline,date\nOne,2026-11-02\nTwo,2026-11-03\n", encoding="utf-8")
    (folder / "no-body.html").write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    (folder / "not-gzip.html.gz").write_bytes(b"\x1f\x8b this is no gzip stream")
    (folder / "not-a-feed.rss").write_text("this is no XML at all", encoding="utf-8")
    huge_line = json.dumps({**GOOD, "text": "word " * (MAX_FILE_BYTES // 5)})
    (folder / "huge-record.jsonl").write_text(huge_line + "\n", encoding="utf-8")
    buffer = io.BytesIO()
    pl.DataFrame({"text": ["word " * (MAX_FILE_BYTES // 4)], "title": ["Huge"]}).write_parquet(buffer)
    (folder / "expands.parquet").write_bytes(buffer.getvalue())
    (folder / "broken.parquet").write_bytes(b"PAR1 not really")
    return folder


@pytest.fixture(scope="module")
def bad_formats_run(bad_formats, tmp_path_factory):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{probe.getsockname()[1]}/feed.xml"  # nothing listens once the probe is closed
    db = tmp_path_factory.mktemp("bad-formats-run") / "w.duckdb"
    env = {**os.environ, "WIREHOUSE_MAX_FILE_BYTES": str(MAX_FILE_BYTES), "WIREHOUSE_FETCH_TIMEOUT_SECONDS": "5"}
    result = wirehouse("run", str(bad_formats), "--feed", down, "--db", str(db), "--quiet", check=False, env=env)
    return db, result, down


def test_each_bad_input_of_a_new_format_is_one_row_with_its_reason(bad_formats_run):
    db, result, down = bad_formats_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr and result.stderr == ""  # --quiet: nothing to warn about
    assert result.stdout.startswith("completed:") and "documents 1," in result.stdout
    assert "; requests: 2 failed (see fetches)" in result.stdout
    reasons = sorted((path.rsplit("/", 1)[1], reason) for path, reason in query(db, "select path, reason from rejected_files"))
    assert reasons == [
        ("broken.parquet", reasons[0][1]),
        ("expands.parquet", reasons[1][1]),
        ("huge-record.jsonl", reasons[2][1]),
        ("no-body.html", "no article text found in the page"),
        ("no-text-column.csv", "no text column (looked for text, content, body; the CSV file has headline, date)"),
        ("not-gzip.html.gz", reasons[5][1]),
        ("wire.jsonl", "line 2: not JSON (Unterminated string starting at)"),
        ("wire.jsonl", "line 3: no text (looked for text, content, body)"),
    ]
    assert reasons[0][1].startswith("not a readable PARQUET file (")
    assert reasons[1][1].startswith("Parquet data of ") and reasons[1][1].endswith(f"more than the {MAX_FILE_BYTES:,} of WIREHOUSE_MAX_FILE_BYTES")
    assert reasons[2][1].startswith("file too large: ") and reasons[2][1].endswith(f"more than the {MAX_FILE_BYTES:,} of WIREHOUSE_MAX_FILE_BYTES")
    assert reasons[5][1].startswith("not a readable gzip file")
    fetches = dict(query(db, "select regexp_extract(url, '[^/]+$'), outcome || ': ' || reason from fetches"))
    assert fetches["not-a-feed.rss"].startswith("failed: not an RSS or Atom feed")
    assert query(db, f"select outcome, reason like 'host unreachable: ConnectError%' from fetches where url = '{down}'") == [("failed", True)]
    assert query(db, "select title, input_format from documents") == [("Harbour reopens", "jsonl")]


def test_an_unchanged_rerun_of_the_bad_inputs_records_nothing_again(bad_formats_run, bad_formats):
    db, _, down = bad_formats_run
    env = {**os.environ, "WIREHOUSE_MAX_FILE_BYTES": str(MAX_FILE_BYTES), "WIREHOUSE_FETCH_TIMEOUT_SECONDS": "5"}
    again = wirehouse("run", str(bad_formats), "--feed", down, "--db", str(db), "--quiet", env=env)
    assert again.stdout.startswith("up_to_date:") and "0 rejected" in again.stdout
    assert query(db, "select count(*) from rejected_files") == [(8,)]
