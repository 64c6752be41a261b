"""The suites on a small literal batch: a valid batch passes, each kind of bad row is quarantined by name."""

import json

import polars as pl
import pytest

from tests.dq_batch import DOCUMENT_ID, valid_batch
from expectations import TABLE_SUITES, validate_batch

TABLES = [suite.TABLE for suite in TABLE_SUITES]
KEYS = {suite.TABLE: suite.KEY for suite in TABLE_SUITES}


def with_row_changed(tables: dict[str, pl.DataFrame], table: str, row_key: str, **changes) -> dict[str, pl.DataFrame]:
    """``tables`` with ``changes`` (column: expression or value) applied to the row of ``table`` keyed ``row_key``."""
    frame = tables[table]
    is_row = pl.col(KEYS[table]) == row_key
    changed = [
        pl.when(is_row).then(value if isinstance(value, pl.Expr) else pl.lit(value, frame.schema[column])).otherwise(pl.col(column)).alias(column)
        for column, value in changes.items()
    ]
    return tables | {table: frame.with_columns(changed)}


def broken(table: str, row_key: str, **changes) -> dict[str, pl.DataFrame]:
    """The valid batch with one row changed."""
    return with_row_changed(valid_batch(), table, row_key, **changes)


def quarantined(outcome) -> dict[str, dict[str, str]]:
    """Per table: key of each quarantined row -> its failed_expectations."""
    return {table: dict(frame.select(KEYS[table], "failed_expectations").iter_rows()) for table, frame in outcome.quarantine.items() if frame.height}


def assert_split(outcome, tables: dict[str, pl.DataFrame]) -> None:
    """Every input row is either valid or quarantined, never both, never lost."""
    for table, frame in tables.items():
        valid, bad = outcome.valid[table], outcome.quarantine[table]
        assert valid.columns == frame.columns
        assert bad.columns == [*frame.columns, "failed_expectations"]
        assert valid.height + bad.height == frame.height
        assert set(valid[KEYS[table]]).isdisjoint(bad[KEYS[table]])


def test_a_valid_batch_passes_with_nothing_quarantined():
    tables = valid_batch()
    outcome = validate_batch(tables)
    assert outcome.results.filter(~pl.col("success")).height == 0
    assert quarantined(outcome) == {}
    for table in TABLES:
        assert outcome.valid[table].equals(tables[table])
    assert set(outcome.results["suite"]) == set(TABLES)
    assert outcome.results.columns == ["suite", "expectation", "column_name", "success", "observed_value", "unexpected_count", "unexpected_sample"]


def test_an_offset_shifted_by_one_quarantines_the_paragraph_and_its_quotes_and_figures():
    tables = broken("paragraphs", "par-2", start_char=pl.col("start_char") + 1)
    outcome = validate_batch(tables)
    bad = quarantined(outcome)
    assert bad.keys() == {"paragraphs", "quotes", "figures"}
    assert bad["paragraphs"] == {"par-2": "text_matches_document"}
    assert bad["quotes"] == {"quote-1": "paragraph_quarantined"}
    assert bad["figures"] == {"fig-1": "paragraph_quarantined"}
    assert_split(outcome, tables)
    failed = outcome.results.filter(pl.col("suite") == "paragraphs", pl.col("expectation") == "text_matches_document").row(0, named=True)
    assert not failed["success"] and failed["unexpected_count"] == 1
    assert json.loads(failed["unexpected_sample"])[0]["paragraph_id"] == "par-2"


def test_a_dangling_foreign_key_quarantines_only_that_row():
    tables = broken("quotes", "quote-2", paragraph_id="par-missing")
    outcome = validate_batch(tables)
    assert quarantined(outcome) == {"quotes": {"quote-2": "paragraph_resolves"}}
    assert_split(outcome, tables)


def test_a_negative_count_quarantines_the_document_and_everything_in_it():
    tables = broken("documents", DOCUMENT_ID, byte_size=-1)
    outcome = validate_batch(tables)
    bad = quarantined(outcome)
    assert bad["documents"] == {DOCUMENT_ID: "byte_size_non_negative; char_count_at_most_byte_size"}
    for table in ("articles", "paragraphs", "quotes", "figures"):
        assert all("document_quarantined" in reasons.split("; ") for reasons in bad[table].values())
        assert outcome.valid[table].height == 0
    assert bad["paragraphs"]["par-2"] == "document_quarantined; article_quarantined"
    assert_split(outcome, tables)


def test_an_unknown_quote_kind_quarantines_that_quote():
    tables = broken("quotes", "quote-1", kind="indirect")
    outcome = validate_batch(tables)
    assert quarantined(outcome) == {"quotes": {"quote-1": "kind_in_set"}}


def test_a_continuation_of_a_quarantined_quote_is_quarantined_too():
    tables = with_row_changed(broken("quotes", "quote-2", continues="quote-1"), "quotes", "quote-1", kind="indirect")
    outcome = validate_batch(tables)
    assert quarantined(outcome) == {"quotes": {"quote-1": "kind_in_set", "quote-2": "continued_quote_quarantined"}}


@pytest.mark.parametrize(
    ("table", "row_key", "changes", "expectation"),
    [
        ("figures", "fig-2", {"value": 250.0}, "value_at_most_value_high"),
        ("figures", "fig-2", {"value_low": 230.0}, "value_low_at_most_value"),
        ("figures", "fig-1", {"qualifier": "roughly"}, "qualifier_in_set"),
        ("figures", "fig-1", {"direction": "sideways"}, "direction_in_set"),
        ("figures", "fig-1", {"category": "weight"}, "category_in_set"),
        ("figures", "fig-1", {"value": float("inf")}, "value_finite"),
        ("figures", "fig-2", {"value_high": float("-inf")}, "value_high_finite"),
        ("figures", "fig-2", {"value_low": float("nan")}, "value_low_finite"),
        ("figures", "fig-2", {"category": "score"}, "score_has_both_sides"),
        ("figures", "fig-2", {"score_first": 3}, "score_has_both_sides"),
        ("figures", "fig-1", {"score_first": 2, "score_second": 1}, "score_has_no_value"),
        ("quotes", "quote-1", {"end_char": 10}, "start_before_end"),
        ("quotes", "quote-1", {"speaker_mention_start": -3}, "speaker_mention_start_non_negative"),
        ("quotes", "quote-1", {"speaker_mention": "Trader"}, "speaker_mention_matches_document"),
        ("paragraphs", "par-3", {"article_id": "art-missing"}, "article_resolves"),
        ("paragraphs", "par-3", {"end_char": len(valid_batch()["documents"]["text"][0]) + 5}, "within_article_span"),
        ("paragraphs", "par-3", {"ordinal": 0}, "ordinal_at_least_1"),
        ("paragraphs", "par-3", {"paragraph_id": None}, "paragraph_id_not_null"),
        ("articles", "art-1", {"document_id": "b" * 64}, "document_resolves"),
        ("documents", DOCUMENT_ID, {"char_count": 3}, "char_count_matches_text"),
    ],
)
def test_each_rule_names_the_failing_row(table, row_key, changes, expectation):
    outcome = validate_batch(broken(table, row_key, **changes))
    failed = outcome.quarantine[table]
    assert failed.height == 1
    assert expectation in failed["failed_expectations"][0].split("; ")


def test_blank_quote_text_is_quarantined():
    outcome = validate_batch(broken("quotes", "quote-2", text="  "))
    assert set(quarantined(outcome)["quotes"]["quote-2"].split("; ")) == {"text_not_blank", "text_matches_document"}


def test_duplicate_keys_quarantine_every_copy():
    tables = valid_batch()
    tables["figures"] = pl.concat([tables["figures"], tables["figures"].head(1)])
    outcome = validate_batch(tables)
    assert outcome.quarantine["figures"]["figure_id"].to_list() == ["fig-1", "fig-1"]
    assert set(outcome.quarantine["figures"]["failed_expectations"]) == {"figure_id_unique"}
    assert outcome.valid["figures"]["figure_id"].to_list() == ["fig-2"]


def test_empty_tables_pass():
    tables = valid_batch()
    tables["quotes"] = tables["quotes"].clear()
    tables["figures"] = tables["figures"].clear()
    outcome = validate_batch(tables)
    assert outcome.results.filter(~pl.col("success")).height == 0
    assert outcome.valid["quotes"].height == 0 and outcome.valid["paragraphs"].height == 3


def test_a_missing_column_is_an_error_not_a_data_failure():
    tables = valid_batch()
    tables["figures"] = tables["figures"].drop("category")
    with pytest.raises(ValueError, match="figures.category"):
        validate_batch(tables)


@pytest.mark.parametrize("suite", TABLE_SUITES, ids=TABLES)
def test_rule_names_are_unique_within_a_suite(suite):
    """Names identify failures in quarantine and dq_results, so two rules may not share one."""
    names = [rule.name for rule in suite.RULES]
    assert len(names) == len(set(names))


def test_the_validation_process_gives_the_in_process_outcome_and_survives_a_crash():
    from concurrent.futures.process import BrokenProcessPool

    from flows.validation import ValidationProcess
    from tests.conftest import kill_workers

    tables = broken("quotes", "quote-1", kind="mumbled")
    expected = validate_batch(tables)
    worker = ValidationProcess()
    try:
        outcome = worker.validate(tables)
        assert quarantined(outcome) == quarantined(expected) != {}
        assert outcome.results.equals(expected.results)
        kill_workers(worker.worker)  # the worker dies
        with pytest.raises(BrokenProcessPool):
            worker.validate(tables)
        assert quarantined(worker.validate(tables)) == quarantined(expected)  # a new process took over
    finally:
        worker.worker.pool.shutdown()
