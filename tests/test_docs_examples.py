"""The example queries in docs/marts.md are the files in warehouse/queries, and their outputs are real."""

import re

import pytest

from tests.conftest import PROJECT_ROOT, wirehouse

DOC = PROJECT_ROOT / "docs" / "marts.md"
QUERIES = PROJECT_ROOT / "warehouse" / "queries"
EXAMPLE = re.compile(r"```sql\n((?:(?!```).)*?)```\n\n```text\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    return EXAMPLE.findall(DOC.read_text(encoding="utf-8"))


def query_file(sql: str):
    return next(path for path in sorted(QUERIES.glob("*.sql")) if path.read_text(encoding="utf-8") == sql)


def test_the_doc_has_its_examples():
    assert len(examples()) == 5


@pytest.mark.parametrize("sql, output", examples(), ids=lambda value: value.splitlines()[0][3:40])
def test_each_example_is_a_query_file_and_prints_what_the_doc_shows(sample_warehouse, sql, output):
    path = query_file(sql)
    result = wirehouse("query", "--file", str(path), "--db", str(sample_warehouse))
    assert result.stdout == output
