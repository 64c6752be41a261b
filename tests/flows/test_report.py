"""`wirehouse report`: a static page of the warehouse that renders offline in a real browser."""

import re
import shutil
import subprocess

import numpy as np
import pytest

from flows import charts
from flows.report import SECTIONS
from tests.conftest import wirehouse
from tests.png import read_png

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--hide-scrollbars", "--window-size=1280,1400",
]
HEADER = (0x1F, 0x3B, 0x5C)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


@pytest.fixture(scope="module")
def report(sample_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    result = wirehouse("report", "--db", str(sample_warehouse), "--out", str(out))
    assert result.stdout.strip() == f"Report: {out / 'index.html'}"
    return out / "index.html"


def test_the_report_has_every_section_and_the_samples_answers(report):
    page = report.read_text(encoding="utf-8")
    for anchor, _ in SECTIONS:
        assert f'<section id="{anchor}">' in page
    assert "Volodymyr Zelensky" in page and "people evacuated" in page and "children taken" in page
    assert "I think that it is necessary to have a peace mission" in page
    assert page.count("<svg") >= 6


def test_the_report_needs_nothing_but_the_file(report):
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_a_warehouse_without_marts_is_one_clear_line(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()
    result = wirehouse("report", "--db", str(db), "--out", str(tmp_path / "out"), check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: warehouse") and "has no marts yet" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_the_report_renders_in_headless_chromium_with_its_header_and_charts(report, tmp_path):
    screenshot = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={screenshot}", report.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    pixels = read_png(screenshot.read_bytes())
    assert pixels.shape == (1400, 1280, 3)
    header = pixels[10:90, 10:1270]
    assert (header == HEADER).all(axis=2).mean() > 0.8  # the dark header band across the top
    body = pixels[120:]
    background = rgb("#f5f7fa")
    assert (body != background).any(axis=2).mean() > 0.3  # the page is drawn, not blank
    for colour in (charts.BAR, charts.ACCENT):
        assert (body == rgb(colour)).all(axis=2).sum() > 2_000, f"no {colour} chart bars"
    assert np.unique(body.reshape(-1, 3), axis=0).shape[0] > 50  # text is anti-aliased: many shades
