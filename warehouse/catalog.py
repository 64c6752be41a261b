"""The SQL models as declared in ``warehouse/models``, and the tests beside them.

Each layer folder (``staging``, ``marts``) holds one SQL file per model (a
``select``), a ``_<layer>.yml`` that documents every model's columns (in order)
and declares generic tests on them, and ``tests/*.sql``: singular tests, each a
query returning the rows that break its rule (its first comment line says which).

Generic tests, as in dbt: ``unique``, ``not_null``, ``accepted_values: [...]`` and
``relationships: {to: relation, field: column}``. Every model also gets
``columns_documented``: its columns are the documented ones, in order.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import polars as pl
import yaml

from expectations.quarantine import RESULTS, SAMPLE_ROWS, SAMPLE_TEXT_CHARS

MODELS_DIR = Path(__file__).parent / "models"
LAYERS = ("staging", "marts")


@dataclass(frozen=True)
class ModelColumn:
    name: str
    description: str
    tests: tuple = ()


@dataclass(frozen=True)
class Model:
    name: str
    layer: str  # staging (a view) or marts (a table rebuilt after each load)
    description: str
    columns: tuple[ModelColumn, ...]
    sql: str = field(repr=False)

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


@dataclass(frozen=True)
class ModelTest:
    model: str
    name: str
    column: str | None
    sql: str  # returns the failing rows


COLUMN_KEYS = frozenset({"name", "description", "tests"})


def _column(model: str, declared: dict) -> ModelColumn:
    """One declared column; an unknown key is an error, since an unquoted comma in a YAML flow
    mapping silently turns the rest of a description into a key of its own."""
    unknown = set(declared) - COLUMN_KEYS
    if unknown:
        raise ValueError(f"{model}.{declared.get('name')}: unknown column keys {sorted(map(str, unknown))} (quote a description that holds a comma)")
    return ModelColumn(declared["name"], declared.get("description", ""), tuple(declared.get("tests", ())))


@cache
def models(layer: str) -> tuple[Model, ...]:
    """The layer's models in the order its YAML lists them (the build order); read once per process."""
    folder = MODELS_DIR / layer
    declared = yaml.load((folder / f"_{layer}.yml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["models"]
    return tuple(
        Model(
            entry["name"],
            layer,
            entry["description"],
            tuple(_column(entry["name"], column) for column in entry["columns"]),
            (folder / f"{entry['name']}.sql").read_text(encoding="utf-8"),
        )
        for entry in declared
    )


def all_models() -> list[Model]:
    return [model for layer in LAYERS for model in models(layer)]


def _literal(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def generic_test(model: str, column: str, test) -> ModelTest:
    """The query for one declared test: a name (``unique``) or a one-key mapping (``{accepted_values: [...]}``)."""
    kind, argument = next(iter(test.items())) if isinstance(test, dict) else (test, None)
    if kind == "unique":
        sql = f"select {column}, count(*) as copies from {model} where {column} is not null group by {column} having count(*) > 1"
    elif kind == "not_null":
        sql = f"select * from {model} where {column} is null"
    elif kind == "accepted_values":
        sql = f"select * from {model} where {column} is not null and {column} not in ({', '.join(map(_literal, argument))})"
    elif kind == "relationships":
        to, to_field = argument["to"], argument["field"]
        sql = f"select * from {model} m where m.{column} is not null and not exists (select 1 from {to} t where t.{to_field} = m.{column})"
    else:
        raise ValueError(f"{model}.{column}: unknown test {kind!r}")
    return ModelTest(model, f"{column}_{kind}", column, sql)


def tests(layer: str) -> list[ModelTest]:
    """Every generic test the layer's YAML declares, then its singular tests (``tests/<model>__<rule>.sql``)."""
    found = [generic_test(model.name, column.name, test) for model in models(layer) for column in model.columns for test in column.tests]
    for path in sorted((MODELS_DIR / layer / "tests").glob("*.sql")):
        model, _, rule = path.stem.partition("__")
        found.append(ModelTest(model, rule, None, path.read_text(encoding="utf-8")))
    return found


def _sample(frame: pl.DataFrame) -> str:
    shown = frame.head(SAMPLE_ROWS).with_columns(pl.col(pl.String).str.slice(0, SAMPLE_TEXT_CHARS))
    return json.dumps(shown.to_dicts(), default=str, ensure_ascii=False)


def _result(model: str, name: str, column: str | None, failing: pl.DataFrame, observed: str | None = None) -> dict:
    return {
        "suite": model, "expectation": name, "column_name": column, "success": failing.height == 0,
        "observed_value": observed, "unexpected_count": failing.height, "unexpected_sample": _sample(failing) if failing.height else None,
    }


def relation_columns(con: duckdb.DuckDBPyConnection, relation: str) -> list[str]:
    return [row[0] for row in con.execute(
        "select column_name from duckdb_columns() where table_name = ? order by column_index", [relation]
    ).fetchall()]


def run_tests(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Run every model's tests on ``con``; one result row per test, as ``dq_results`` holds them.

    A relation that is missing (marts never built) fails its tests with DuckDB's message, not the run."""
    results = []
    for model in all_models():
        built = relation_columns(con, model.name)
        if not built:
            missing = pl.DataFrame({"problem": [f"{model.name} does not exist: `wirehouse run` builds the marts"]})
            results.append(_result(model.name, "columns_documented", None, missing))
            continue
        undocumented = [name for name in built if name not in model.column_names]
        missing = [name for name in model.column_names if name not in built]
        failing = pl.DataFrame({"column": [*undocumented, *missing], "problem": ["undocumented"] * len(undocumented) + ["missing"] * len(missing)})
        if not failing.height and built != model.column_names:
            failing = pl.DataFrame({"column": [", ".join(built)], "problem": ["order differs from the YAML"]})
        results.append(_result(model.name, "columns_documented", None, failing, f"{len(built)} columns"))
    for layer in LAYERS:
        for test in tests(layer):
            try:
                failing = con.sql(test.sql).pl()
            except duckdb.CatalogException as error:
                failing = pl.DataFrame({"problem": [str(error).splitlines()[0]]})
            results.append(_result(test.model, test.name, test.column, failing))
    return pl.DataFrame(results, schema=RESULTS)
