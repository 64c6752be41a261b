"""Every example of the README and of docs/ runs, and prints what the page shows.

A page's examples run in order in a sandbox shaped like a checkout after `make run`
(see ``tests/docs_examples.py`` for what each kind of block must be). A mismatch
fails with a diff per example. To take the real output into the pages:

    UPDATE_DOCS=1 .venv/bin/python -m pytest tests/test_docs_examples.py

rewrites every mismatched output block in place (then read the diff before committing).
"""

import os
import warnings

import pytest

from tests.conftest import PROJECT_ROOT
from tests.docs_examples import Sandbox, blocks, check_commands, check_page, parse_cli, rewritten, transcript
from tests.warehouse.test_compatibility import duckdb1  # noqa: F401 - the DuckDB 1.x venv the README's transcript uses

PAGES = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))]
DUCKDB1_VENV = "build/duckdb1-venv"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Sandbox:
    box = Sandbox(tmp_path_factory.mktemp("docs-sandbox"), PROJECT_ROOT)
    output = box.make_run()
    assert output.startswith("completed:"), output
    return box


@pytest.fixture(scope="module")
def unavailable(request) -> tuple[str, ...]:
    try:
        request.getfixturevalue("duckdb1")
    except pytest.skip.Exception:
        return (DUCKDB1_VENV,)
    return ()


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(PROJECT_ROOT).as_posix())
def test_every_example_of_the_page_prints_what_it_shows(page, sandbox, unavailable):
    outcome = check_page(page, sandbox, unavailable)
    for skipped in outcome.skipped:
        warnings.warn(f"example not run: {skipped}")
    if outcome.replacements and os.environ.get("UPDATE_DOCS"):
        page.write_text(rewritten(page, outcome), encoding="utf-8")
    assert not outcome.errors, "\n".join(outcome.errors)
    assert not outcome.diffs, (
        "\n".join(outcome.diffs)
        + "\nThe output shown differs from the real output. UPDATE_DOCS=1 .venv/bin/python -m pytest tests/test_docs_examples.py"
        " rewrites the pages with the real output."
    )


def test_the_readme_shows_queries_transcripts_and_a_diagram():
    kinds = {block.lang for block in blocks((PROJECT_ROOT / "README.md").read_text(encoding="utf-8"))}
    assert {"sql", "text", "console", "sh", "mermaid"} <= kinds


def test_a_transcript_pairs_each_command_with_its_output():
    assert transcript("$ a\none\ntwo\n$ b\n") == [("a", "one\ntwo\n"), ("b", "")]


def test_command_lines_are_parsed_by_the_cli_without_running():
    assert parse_cli(["run", "data/sample", "--prune"]) is None
    assert "--bogus" in parse_cli(["run", "data/sample", "--bogus"])
    assert parse_cli(["run", "data/sample", "--batch-mb", "nan"]) is not None
    assert parse_cli(["export", "out/", "--format", "xml"]) is not None


def test_shell_examples_name_real_make_targets_scripts_and_options():
    assert check_commands("make run   # comment\nWIREHOUSE_DB=x .venv/bin/wirehouse runs -n 3\n", PROJECT_ROOT) == []
    assert len(check_commands("make deploy\n.venv/bin/python benchmarks/eval_quotes.py --split test --nope\nrm -rf /\n", PROJECT_ROOT)) == 3
