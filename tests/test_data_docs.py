"""Data Docs: the index page names what failed, links GX's pages, and renders in a real browser offline."""

import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest
from tests.dq_batch import valid_batch

from expectations import validate_batch
from transforms.schema import CONTENT_TABLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
]
# A blank 1280x900 PNG compresses to a few kilobytes; a rendered table is tens of kilobytes.
MIN_RENDERED_PNG_BYTES = 15_000


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory) -> Path:
    """Data Docs of a batch whose quote-1 has an unknown kind."""
    tables = valid_batch()
    tables["quotes"] = tables["quotes"].with_columns(pl.when(pl.col("quote_id") == "quote-1").then(pl.lit("indirect")).otherwise("kind").alias("kind"))
    docs = tmp_path_factory.mktemp("dq_docs")
    validate_batch(tables, docs_dir=docs)
    return docs


def test_the_index_names_the_failure_and_links_every_table(docs_dir):
    page = (docs_dir / "index.html").read_text()
    assert "1 of " in page and "expectations failed" in page
    assert "kind_in_set" in page and "quote-1" in page
    for table in CONTENT_TABLES:
        links = [link for link in (docs_dir / "gx" / "validations" / table).rglob("*.html")]
        assert len(links) == 1
        assert f'href="{links[0].relative_to(docs_dir).as_posix()}"' in page


def test_a_rebuild_keeps_only_the_latest_validation(docs_dir, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(docs_dir, docs)
    validate_batch(valid_batch(), docs_dir=docs)
    assert len(list((docs / "gx" / "validations" / "quotes").rglob("*.html"))) == 1
    assert "all " in (docs / "index.html").read_text()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_the_index_renders_in_headless_chromium(docs_dir, tmp_path):
    screenshot = tmp_path / "index.png"
    subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={screenshot}", (docs_dir / "index.html").as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > MIN_RENDERED_PNG_BYTES
