"""Smoke test of `make bench`'s script on a tiny corpus: it runs and writes complete JSON (targets not judged)."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE

BENCHMARK = PROJECT_ROOT / "benchmarks" / "run_benchmarks.py"
STAGES = ("plan", "ingest", "extract", "articles", "paragraphs", "quotes", "figures", "validate", "transform_wall", "load")


@pytest.mark.slow
def test_quick_benchmark_writes_stage_metrics(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    results_file = tmp_path / "latest.json"
    command = [sys.executable, str(BENCHMARK), "--corpus", str(corpus), "--quick", "--skip-dask", "--skip-peers", "--json", str(results_file)]
    finished = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr[-3000:]
    results = json.loads(results_file.read_text())

    cold, rerun = results["runs"]["x1"], results["runs"]["x1_rerun"]
    assert set(cold["stages"]) == set(STAGES)
    assert all(metrics["seconds"] >= 0 for metrics in cold["stages"].values())
    assert cold["stages"]["transform_wall"]["seconds"] > 0
    assert cold["wall_seconds"] > 0 and cold["peak_rss_mib"] > 0 and cold["raw_mb"] > 0
    assert all(count > 0 for count in cold["rows"].values())
    assert rerun["status"] == "up_to_date"
    assert cold["marts"]["seconds"] > 0 and {"person_names", "article_signatures", "people", "claims", "coverage"} <= set(cold["marts"]["steps"])
    assert 0 < cold["marts"]["share_of_wall"] < 1 and cold["marts"]["near_duplicate_seconds"] > 0
    assert results["overheads"]["prefect"]["first_flow_seconds"] > 0
    assert results["overheads"]["gx"]["import_seconds"] > 0
    assert {target["result"] for target in results["targets"]} <= {"PASS", "GAP", "not measured"}
    assert results["speakers"]["direct_quotes_with_speaker"] > 0
    assert len(results["speakers"]["top_speakers"]) > 0
    assert "Targets" in finished.stdout and "top 20 speakers" in finished.stdout and "Marts build seconds" in finished.stdout


def test_missing_corpus_is_skipped(tmp_path):
    command = [sys.executable, str(BENCHMARK), "--corpus", str(tmp_path / "absent"), "--json", str(tmp_path / "latest.json")]
    finished = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert finished.returncode == 0
    assert finished.stdout.startswith("skipped: corpus not found")
    assert not (tmp_path / "latest.json").exists()


def test_speaker_sanity_names_what_an_analyst_cannot_use():
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from speaker_sanity import kind_of_bad, word_case_counts

    lower, capitalised = word_case_counts(["The police said so. Police cars came. Blair spoke to police and Blair left."])
    assert kind_of_bad("it", lower, capitalised) == "pronoun or function word"
    assert kind_of_bad("The", lower, capitalised) == "pronoun or function word"
    assert kind_of_bad("American.", lower, capitalised) == "trailing punctuation"
    assert kind_of_bad("British Bankers' Association (BBA", lower, capitalised) == "trailing punctuation"
    assert kind_of_bad("his remarks", lower, capitalised) == "fragment"
    assert kind_of_bad("During the debate, the Labour peer said", lower, capitalised) == "fragment"
    assert kind_of_bad("Police", lower, capitalised) == "common word capitalised"
    for usable in ("Blair", "Tony Blair", "police", "UK Film Council spokesman", "US", "Will Davies"):
        assert kind_of_bad(usable, lower, capitalised) is None, usable


def test_the_strict_names_variant_leaves_out_sources_that_only_describe_their_entity():
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from eval_quotes import is_description, score
    from quotes_gold import GoldPiece

    assert is_description("The Florida senator") and is_description("a senior Cruz adviser")
    assert not is_description("Sen. Ted Cruz") and not is_description("Rep. Jim Clyburn (D-S.C.), the assistant leader")
    gold = [
        GoldPiece("a", 10, 20, "words", ((0, 19),), "The Florida senator"),
        GoldPiece("a", 30, 40, "words", ((21, 34),), "Sen. Ted Cruz"),
        GoldPiece("a", 50, 60, "words", ((41, 48),), "the DNC"),
        GoldPiece("a", 70, 80, "words", ((61, 68),), "the NRA"),
    ]
    # The described senator resolved to his name: the plain strict variant cannot credit it, the names-only one
    # leaves it out; an acronym's full name counts there, another organisation's does not.
    scores = score(gold, [
        ("a", 10, 20, (0, 19), "Marco Rubio"), ("a", 30, 40, (21, 34), "Ted Cruz"),
        ("a", 50, 60, (41, 48), "Democratic National Committee"), ("a", 70, 80, (61, 68), "Republican National Committee"),
    ])
    assert (scores["speaker_accuracy_strict"], scores["named_sources"]) == (0.25, 4)
    assert (scores["speaker_accuracy_strict_names"], scores["name_sources"]) == (round(2 / 3, 4), 3)


def test_a_speaker_names_the_entity_whichever_apostrophe_and_through_a_misspelt_source():
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from eval_quotes import names_entity

    assert names_entity("James O’Neill", "o'neill") and names_entity("James O'Neill", "o’neill")
    assert names_entity("Anthony Kiedis", "keidis")  # the Source misspells the name the article writes in full
    assert not names_entity("Anthony Kiedis", "kiedler") and not names_entity(None, "kiedis")


def test_an_unsure_gold_quote_counts_for_matching_only():
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks" / "devgold"))
    import polars as pl
    from eval_devgold import score_quotes
    from gold import GoldArticle, GoldItem

    text = "“We will win,” said Jo Hart. Fans chanted “out, out”. “Not yet,” Hart added."
    article = GoldArticle("business/001.txt", text, quotes=[
        GoldItem(1, 12, {"text": "We will win", "kind": "direct", "speaker": "Jo Hart"}),
        GoldItem(43, 51, {"text": "out, out", "kind": "direct", "speaker": None, "unsure": True}),
        GoldItem(54, 61, {"text": "Not yet", "kind": "direct", "speaker": "Jo Hart"}),
    ])
    rows = pl.DataFrame({
        "start_char": [1, 43, 54], "end_char": [13, 51, 62], "kind": ["direct", "direct", "direct"],
        "speaker": ["Jo Hart", "Fans", "Hart"], "speaker_type": ["person", "role", "person"],
    })
    scores = score_quotes([article], {"business-001.txt": {"quotes": rows}}, [])
    # the unsure piece's prediction is no false positive, and neither its kind nor its speaker is judged
    assert (scores["gold_direct"], scores["precision"], scores["recall"]) == (2, 1.0, 1.0)
    assert (scores["gold_with_speaker"], scores["speaker_accuracy"]) == (2, 0.5)


def test_a_gold_item_may_skip_an_earlier_unquoted_copy_of_its_words():
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks" / "devgold"))
    from gold import place

    text = "“If we don't do well, we leave,” Hart said. So what's doing “well”?"
    items = [{"text": "If we don't do well, we leave,"}, {"text": "well", "skip": 1}]
    placed = place(text, items, "quote", "x.txt")
    assert text[placed[1].start - 1:placed[1].end + 1] == "“well”"
