"""Regression floors for the extractors on the research corpora (skipped without ../shared/corpora).

Scores run on the tuning splits in-process (``--direct``); the acceptance numbers
on held-out data come from the same scripts through the CLI (see README).
Floors sit just under the measured scores, so a regression fails here.
"""

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPORA, PROJECT_ROOT

pytestmark = pytest.mark.slow


def evaluate(script: str, *args: str, tmp_path) -> dict:
    out = tmp_path / "scores.json"
    subprocess.run([sys.executable, f"benchmarks/{script}", "--direct", "--json", str(out), *args], cwd=PROJECT_ROOT, check=True, capture_output=True)
    return json.loads(out.read_text())


@pytest.mark.skipif(not (CORPORA / "polnear").exists(), reason="PolNeAR corpus not present")
def test_polnear_dev_quotes_and_speakers(tmp_path):
    scores = evaluate("eval_quotes.py", "--split", "dev", tmp_path=tmp_path)
    ours, baseline = scores["ours"], scores["baseline"]
    assert ours["f1"] >= 0.955
    assert ours["speaker_accuracy"] >= 0.90
    assert ours["precision"] > baseline["precision"]


@pytest.mark.skipif(not (CORPORA / "newsquant").exists(), reason="NewsQuant corpus not present")
def test_newsquant_figures_against_quantulum3(tmp_path):
    scores = evaluate("eval_figures.py", "--repeats", "1", tmp_path=tmp_path)
    ours, peer = scores["ours"], scores["quantulum3"]
    assert ours["value"]["F1"] >= 94.5
    assert ours["value+unit"]["F1"] >= 87.3
    assert ours["value+change"]["F1"] >= 90.0
    assert ours["value+unit"]["F1"] > peer["value+unit"]["F1"] + 30
    assert scores["throughput_ratio"] > 20  # a loaded machine swings this; the benchmark reports it


@pytest.mark.skipif(not (CORPORA / "article-extraction").exists(), reason="Article Extraction Benchmark pages not present")
def test_article_extraction_body_f1_beside_trafilatura(tmp_path):
    out = tmp_path / "scores.json"
    subprocess.run([sys.executable, "benchmarks/eval_article_extraction.py", "--json", str(out)], cwd=PROJECT_ROOT, check=True, capture_output=True)
    scores = json.loads(out.read_text())
    assert scores["missing"] == []
    assert scores["ours"]["f1"] >= 0.955
    assert scores["ours"]["precision"] > scores["trafilatura"]["precision"]
