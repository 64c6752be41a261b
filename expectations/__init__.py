"""Data quality: one Great Expectations suite per table, and the batch validation the flow calls.

``validate_batch`` splits a batch into rows to load and rows to quarantine and
returns one result row per expectation (the ``dq_results`` table). The suites are
code, one module per table; cross-table rules are boolean helper columns
computed in polars (``expectations.derived``) that the suites expect to be true.
"""

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from expectations import articles, data_docs, documents, figures, paragraphs, quarantine, quotes, runner
from expectations.runner import RuleOutcome
from transforms.schema import CONTENT_TABLES, validated_columns

TABLE_SUITES = (documents, articles, paragraphs, quotes, figures)
REQUIRED_COLUMNS = {table: validated_columns(table) for table in CONTENT_TABLES}


@dataclass
class ValidationOutcome:
    valid: dict[str, pl.DataFrame]  # rows that passed, per table, same columns as input
    quarantine: dict[str, pl.DataFrame]  # failing rows per table: input columns + failed_expectations ('; '-joined names)
    results: pl.DataFrame  # dq_results rows (without run_id/checked_at/scope; the caller adds them)


def _check_columns(tables: dict[str, pl.DataFrame]) -> None:
    """Missing tables or columns are a bug in the caller, not bad data: fail loudly."""
    missing = [f"{table}.{column}" for table, columns in REQUIRED_COLUMNS.items() for column in columns if column not in tables.get(table, pl.DataFrame()).columns]
    if missing:
        raise ValueError(f"validate_batch: missing columns {', '.join(missing)}")


def check_batch(tables: dict[str, pl.DataFrame], docs_dir: Path | None = None) -> list[RuleOutcome]:
    """Run every table's suite on a batch of all five tables: one verdict (and failing rows) per rule.

    The Great Expectations half of ``validate_batch``: a validation process returns
    only these, not a second copy of the batch's frames.
    """
    _check_columns(tables)
    inputs = {suite.TABLE: tables[suite.TABLE] for suite in TABLE_SUITES}
    checked = {suite.TABLE: suite.derive(inputs) for suite in TABLE_SUITES}
    return runner.run_suites(checked, {suite.TABLE: suite.RULES for suite in TABLE_SUITES}, docs_dir)


def split_batch(tables: dict[str, pl.DataFrame], outcomes: list[RuleOutcome]) -> ValidationOutcome:
    """Rows to load, rows to quarantine and the result rows, from ``check_batch``'s verdicts."""
    inputs = {suite.TABLE: tables[suite.TABLE] for suite in TABLE_SUITES}
    return ValidationOutcome(*quarantine.split(inputs, {suite.TABLE: suite.KEY for suite in TABLE_SUITES}, outcomes))


def validate_batch(tables: dict[str, pl.DataFrame], docs_dir: Path | None = None) -> ValidationOutcome:
    """Validate a batch of all five tables; write Data Docs (``docs_dir/index.html``) when given."""
    outcome = split_batch(tables, check_batch(tables, docs_dir))
    if docs_dir is not None:
        data_docs.write_index(docs_dir, outcome.results)
    return outcome
