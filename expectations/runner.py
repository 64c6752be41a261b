"""Run the suites with Great Expectations: one ephemeral context, one suite per table.

GX has no polars data source and its SQL source on DuckDB miscounts, so each
frame goes to pandas (Arrow-backed, so nulls stay nulls) and through GX's pandas
data source; result_format COMPLETE gives the positions of the failing rows per
expectation.
"""

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from expectations.rules import Rule

DOCS_SITE = "wirehouse"
# GX's own site goes in a subfolder: its index lists pages with JavaScript from a CDN,
# which stays blank offline, so ``data_docs`` writes the static index above it.
GX_SITE_FOLDER = "gx"
VERDICTS = {"result_format": "BOOLEAN_ONLY"}
FAILING_ROWS = {"result_format": "COMPLETE"}  # positions of every failing row, per expectation
# GX falls back to a process-wide "current context" (its project_manager), so two
# validations at once in threads (the flow's concurrent batches) could cross
# stores; GX work is GIL-bound anyway, so taking turns costs nothing.
GX_LOCK = threading.Lock()


@dataclass
class RuleOutcome:
    """One expectation's verdict on one table; ``failing_rows`` are 0-based row positions."""

    table: str
    rule: Rule
    failing_rows: list[int]
    observed_value: str | None

    @property
    def success(self) -> bool:
        return not self.failing_rows


def _context(docs_dir: Path | None):
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.execution_engine import pandas_execution_engine

    # GX fingerprints every pandas batch below this many bytes (a batch marker only,
    # not used by any expectation): 0.3 s of a BBC batch's 1.2 s of validation.
    pandas_execution_engine.HASH_THRESHOLD = 0
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        site = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str((docs_dir / GX_SITE_FOLDER).resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
        context.add_data_docs_site(site_name=DOCS_SITE, site_config=site)
    return gx, context


def _outcomes(table: str, rules: list[Rule], validation) -> list[RuleOutcome]:
    """One outcome per rule, in the suite's order; a rule missing from ``validation`` passed."""
    results = {result.expectation_config.meta["name"]: result for result in (validation.results if validation else [])}
    outcomes = []
    for rule in rules:
        result = results.get(rule.name)
        if result is None:
            outcomes.append(RuleOutcome(table, rule, [], None))
            continue
        if result.exception_info.get("raised_exception"):
            raise RuntimeError(f"expectation {table}.{rule.name} could not run: {result.exception_info['exception_message']}")
        failing_rows = result.result.get("unexpected_index_list") or []
        if not result.success and not failing_rows:
            raise RuntimeError(f"expectation {table}.{rule.name} failed without naming rows: {result.result}")
        observed = result.result.get("observed_value")
        if observed is None and result.result.get("element_count"):
            observed = f"{result.result.get('unexpected_percent') or 0:.4g}% unexpected"
        outcomes.append(RuleOutcome(table, rule, [int(row) for row in failing_rows], None if observed is None else str(observed)))
    return outcomes


def run_suites(frames: dict[str, pl.DataFrame], suites: dict[str, list[Rule]], docs_dir: Path | None = None) -> list[RuleOutcome]:
    """Validate ``frames[table]`` against ``suites[table]``; write GX's Data Docs under ``docs_dir`` when given.

    Without Data Docs a clean batch needs only verdicts, which GX computes about a
    third faster than failing rows: rows are looked up for the failed rules alone.
    Data Docs render stored results, which only validation definitions keep.
    """
    with GX_LOCK:
        return _run_suites(frames, suites, docs_dir)


def _run_suites(frames: dict[str, pl.DataFrame], suites: dict[str, list[Rule]], docs_dir: Path | None) -> list[RuleOutcome]:
    gx, context = _context(docs_dir)
    import great_expectations.expectations as gx_expectations

    source = context.data_sources.add_pandas("batch")
    outcomes = []
    for table, rules in suites.items():
        suite = context.suites.add(gx.ExpectationSuite(name=table, expectations=[rule.build(gx_expectations) for rule in rules]))
        batch_definition = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("whole")
        columns = list(dict.fromkeys(column for rule in rules for column in rule.columns))
        batch_parameters = {"dataframe": frames[table].select(columns).to_pandas(use_pyarrow_extension_array=True)}
        if docs_dir is not None:
            definition = context.validation_definitions.add(gx.ValidationDefinition(name=table, data=batch_definition, suite=suite))
            validation = definition.run(batch_parameters=batch_parameters, result_format=FAILING_ROWS)
        else:
            batch = batch_definition.get_batch(batch_parameters=batch_parameters)
            verdicts = batch.validate(suite, result_format=VERDICTS)
            failed = {result.expectation_config.meta["name"] for result in verdicts.results if not result.success}
            failed_suite = gx.ExpectationSuite(name=f"{table}_failed", expectations=[rule.build(gx_expectations) for rule in rules if rule.name in failed])
            validation = batch.validate(failed_suite, result_format=FAILING_ROWS) if failed else None
        outcomes.extend(_outcomes(table, rules, validation))
    if docs_dir is not None:
        shutil.rmtree(docs_dir / GX_SITE_FOLDER, ignore_errors=True)  # only the latest validation
        context.build_data_docs(site_names=[DOCS_SITE])
    return outcomes
