"""The example queries in docs/marts.md (on the sample) and docs/inputs.md (on the examples of every
format) are the files in warehouse/queries, and their outputs are real."""

import re

import pytest

from tests.conftest import PROJECT_ROOT, wirehouse

DOC = PROJECT_ROOT / "docs" / "marts.md"
INPUTS_DOC = PROJECT_ROOT / "docs" / "inputs.md"
QUERIES = PROJECT_ROOT / "warehouse" / "queries"
EXAMPLE = re.compile(r"```sql\n((?:(?!```).)*?)```\n\n```text\n(.*?)```", re.S)


def examples(doc=DOC) -> list[tuple[str, str]]:
    return EXAMPLE.findall(doc.read_text(encoding="utf-8"))


def query_file(sql: str):
    return next(path for path in sorted(QUERIES.glob("*.sql")) if path.read_text(encoding="utf-8") == sql)


def test_the_docs_have_their_examples():
    assert len(examples()) == 5
    assert len(examples(INPUTS_DOC)) == 1


# Each doc's examples and the warehouse (a session fixture) they run on.
CASES = [(warehouse, sql, output) for doc, warehouse in ((DOC, "sample_warehouse"), (INPUTS_DOC, "examples_warehouse"))
         for sql, output in examples(doc)]


@pytest.mark.parametrize("warehouse, sql, output", CASES, ids=[sql.splitlines()[0][3:40] for _, sql, _ in CASES])
def test_each_example_is_a_query_file_and_prints_what_the_doc_shows(request, warehouse, sql, output):
    path = query_file(sql)
    result = wirehouse("query", "--file", str(path), "--db", str(request.getfixturevalue(warehouse)))
    assert result.stdout == output
