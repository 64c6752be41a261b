"""Split a batch into valid and quarantined rows, and tabulate the results.

A row failing any expectation is quarantined, and so is every row that refers to
a quarantined row (its foreign key would dangle in the warehouse): nothing is
dropped silently, each quarantined row says why.
"""

import json
from dataclasses import dataclass

import polars as pl

from expectations.runner import RuleOutcome

ROW = "_row"
FAILED = "failed_expectations"
SAMPLE_ROWS = 5
SAMPLE_TEXT_CHARS = 120  # longer than any generated id, so keys show whole

RESULTS = {
    "suite": pl.String,
    "expectation": pl.String,
    "column_name": pl.String,
    "success": pl.Boolean,
    "observed_value": pl.String,
    "unexpected_count": pl.Int64,
    "unexpected_sample": pl.String,
}


@dataclass(frozen=True)
class Reference:
    """``child.column`` holds a key of ``parent``; ``name`` is the reason a child of a quarantined row shows."""

    child: str
    column: str
    parent: str
    parent_key: str
    name: str


REFERENCES = [
    *(Reference(child, "document_id", "documents", "document_id", "document_quarantined") for child in ("articles", "paragraphs", "quotes", "figures")),
    *(Reference(child, "article_id", "articles", "article_id", "article_quarantined") for child in ("paragraphs", "quotes", "figures")),
    *(Reference(child, "paragraph_id", "paragraphs", "paragraph_id", "paragraph_quarantined") for child in ("quotes", "figures")),
    Reference("quotes", "continues", "quotes", "quote_id", "continued_quote_quarantined"),
]


def _sample(rows: pl.DataFrame, key: str, columns: list[str]) -> str:
    """Up to five failing rows as JSON: the key and the columns that explain the failure, long text cut."""
    shown = rows.head(SAMPLE_ROWS).select(list(dict.fromkeys([key, *columns])))
    shortened = shown.with_columns(pl.col(pl.String).str.slice(0, SAMPLE_TEXT_CHARS))
    return json.dumps(shortened.to_dicts(), default=str, ensure_ascii=False)


def _result(table: str, name: str, column: str | None, observed: str | None, failing: pl.DataFrame, key: str, shown: list[str]) -> dict:
    return {
        "suite": table,
        "expectation": name,
        "column_name": column,
        "success": failing.height == 0,
        "observed_value": observed,
        "unexpected_count": failing.height,
        "unexpected_sample": _sample(failing, key, shown) if failing.height else None,
    }


def split(
    tables: dict[str, pl.DataFrame], keys: dict[str, str], outcomes: list[RuleOutcome]
) -> tuple[dict[str, pl.DataFrame], dict[str, pl.DataFrame], pl.DataFrame]:
    """Return (valid, quarantine, results) as ``ValidationOutcome`` holds them; reasons keep the suites' rule order."""
    numbered = {table: frame.with_row_index(ROW) for table, frame in tables.items()}
    failures = {table: [] for table in tables}  # frames of (_row, name)
    results = []
    for outcome in outcomes:
        rows = pl.DataFrame({ROW: outcome.failing_rows}, schema={ROW: pl.UInt32})
        failures[outcome.table].append(rows.with_columns(pl.lit(outcome.rule.name).alias("name")))
        failing = numbered[outcome.table].join(rows, on=ROW, how="semi", maintain_order="left")
        shown = outcome.rule.example_columns  # input columns, not the helper a cross-table rule reads
        results.append(_result(outcome.table, outcome.rule.name, ", ".join(shown), outcome.observed_value, failing, keys[outcome.table], shown))

    failed_rows = {table: pl.concat(found).select(ROW).unique() if found else pl.DataFrame(schema={ROW: pl.UInt32}) for table, found in failures.items()}
    cascaded = {reference: pl.DataFrame(schema={ROW: pl.UInt32}) for reference in REFERENCES}
    changed = True
    while changed:  # a quarantined quote can quarantine the quote continuing it, and so on
        changed = False
        for reference in REFERENCES:
            parents = numbered[reference.parent].join(failed_rows[reference.parent], on=ROW, how="semi")
            children = numbered[reference.child].filter(pl.col(reference.column).is_in(parents[reference.parent_key].drop_nulls().implode()))
            newly = children.select(ROW).join(failed_rows[reference.child], on=ROW, how="anti")
            cascaded[reference] = children.select(ROW)
            if newly.height:
                failed_rows[reference.child] = pl.concat([failed_rows[reference.child], newly])
                changed = True
    for reference, rows in cascaded.items():
        failures[reference.child].append(rows.with_columns(pl.lit(reference.name).alias("name")))
        failing = numbered[reference.child].join(rows, on=ROW, how="semi", maintain_order="left")
        results.append(_result(reference.child, reference.name, reference.column, None, failing, keys[reference.child], [reference.column]))

    valid, quarantine = {}, {}
    for table, frame in numbered.items():
        reasons = pl.concat(failures[table]).group_by(ROW).agg(pl.col("name").unique(maintain_order=True).str.join("; ").alias(FAILED))
        quarantine[table] = frame.join(reasons, on=ROW, how="inner", maintain_order="left").drop(ROW)
        valid[table] = frame.join(reasons, on=ROW, how="anti", maintain_order="left").drop(ROW)
    return valid, quarantine, pl.DataFrame(results, schema=RESULTS)
