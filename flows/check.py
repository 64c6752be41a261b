"""`wirehouse check`: validate the warehouse as it is now, read-only, as a CI gate.

Every table is read whole into polars and run through the same suites as a
pipeline batch (``expectations.validate_batch``); on top, no table may hold fewer
rows than the last successful run left behind (nothing dropped silently), and the
SQL models' tests run (``warehouse.catalog``: documented columns, generic and
singular tests of the staging views and the marts).
Results go to the returned report (stdout) and to Data Docs, never into the
warehouse. The CLI writes Data Docs to ``dq_docs/<warehouse name>/index.html`` next
to the warehouse file (``data/dq_docs/warehouse/index.html`` by default) unless
``--docs`` says otherwise.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from expectations import TABLE_SUITES, data_docs, validate_batch
from warehouse import catalog
from warehouse.io import WarehouseError, connect, describe_failure, is_environment_failure

TABLES = tuple(suite.TABLE for suite in TABLE_SUITES)
ROW_COUNT_RULE = "row_count_at_least_last_run"


@dataclass
class CheckReport:
    failures: list[str]  # one line per failed expectation: table, expectation, rows, an example
    results: pl.DataFrame  # one row per expectation, as validate_batch returns them
    docs_index: Path | None  # the Data Docs page, when written

    @property
    def success(self) -> bool:
        return not self.failures

    def lines(self) -> list[str]:
        """What `wirehouse check` prints: the failures, or how much passed; then where the Data Docs are."""
        summary = self.failures or [f"OK: {self.results.height} expectations passed on {self.results['suite'].n_unique()} tables and models"]
        return summary + ([f"Data Docs: {self.docs_index}"] if self.docs_index is not None else [])


def _example(sample_json: str | None) -> str:
    """The first failing row of a result's sample (long text already cut) as ``column=value, ...``."""
    rows = json.loads(sample_json) if sample_json else []
    if not rows:
        return "no example row"
    return ", ".join(f"{column}={value!r}" for column, value in rows[0].items())


def _row_count_failures(tables: dict[str, pl.DataFrame], last_run: dict | None) -> list[str]:
    """Tables holding fewer rows than the last successful run left behind."""
    if last_run is None:
        return []
    left = json.loads(last_run["table_rows"])
    failures = []
    for table, frame in tables.items():
        reported = left.get(table, 0)
        if frame.height < reported:
            example = f"e.g. table has {frame.height} rows, run {last_run['run_id']} reported {reported}"
            failures.append(f"FAIL {table}: {ROW_COUNT_RULE} ({reported - frame.height} rows), {example}")
    return failures


def check_warehouse(db: Path, docs_dir: Path | None) -> CheckReport:
    """Validate every table of ``db`` (opened read-only); write Data Docs to ``docs_dir`` when given."""
    con = connect(db, read_only=True)
    try:
        tables = {table: con.sql(f"select * from {table}").pl() for table in TABLES}
        last_runs = con.sql(
            "select run_id, table_rows from pipeline_runs where table_rows is not null order by finished_at desc limit 1"
        ).pl()
        model_results = catalog.run_tests(con)
    except duckdb.Error as error:
        if not is_environment_failure(str(error)):
            raise
        failure = describe_failure(db, str(error))  # a corrupt block: one line naming the file
    else:
        failure = None
    finally:
        con.close()
    if failure is not None:  # raised outside the handler, so no DuckDB exception stays chained to it
        raise WarehouseError(failure)
    outcome = validate_batch(tables, docs_dir=docs_dir)
    results = pl.concat([outcome.results, model_results])
    if docs_dir is not None:
        data_docs.write_index(docs_dir, results)
    failed = results.filter(~pl.col("success"))
    failures = [
        f"FAIL {row['suite']}: {row['expectation']} ({row['unexpected_count']} rows), e.g. {_example(row['unexpected_sample'])}"
        for row in failed.iter_rows(named=True)
    ]
    failures += _row_count_failures(tables, last_runs.row(0, named=True) if last_runs.height else None)
    return CheckReport(failures, results, docs_dir / "index.html" if docs_dir is not None else None)
