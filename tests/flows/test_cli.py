"""The CLI's contract with people and scripts: usage errors exit 2, every error is one line naming cause and path."""

import os
from pathlib import Path

import pytest

from flows.cli import docs_folder
from tests.conftest import SAMPLE, wirehouse


def one_line_error(result) -> str:
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("args", [
    ["run", str(SAMPLE), "--batch-mb", "nan"],
    ["run", str(SAMPLE), "--batch-mb", "inf"],
    ["run", str(SAMPLE), "--batch-mb", "-1"],
    ["run", str(SAMPLE), "--workers", "0"],
    ["runs", "-n", "-1"],
    ["run"],
])
def test_bad_option_values_are_usage_errors(args, tmp_path):
    result = wirehouse(*args, "--db", str(tmp_path / "w.duckdb"), check=False)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.parametrize("variable, value", [("WIREHOUSE_BATCH_BYTES", "garbage"), ("WIREHOUSE_BATCH_BYTES", "0"),
                                             ("WIREHOUSE_HELPER_PROCESSES", "-3"), ("WIREHOUSE_MAX_FILE_BYTES", "1e99")])
def test_bad_environment_values_are_one_line_naming_the_variable(variable, value, tmp_path):
    result = wirehouse("runs", "--db", str(tmp_path / "w.duckdb"), check=False, env={**os.environ, variable: value})
    assert result.returncode == 2
    assert one_line_error(result).startswith(f"error: {variable}={value!r}: ")


@pytest.mark.parametrize("sql", ["", "   ", "-- only a comment", ";", "/* nothing */ ;"])
def test_empty_sql_is_a_usage_error(sql, sample_warehouse):
    result = wirehouse("query", "--db", str(sample_warehouse), "--", sql, check=False)
    assert result.returncode == 2
    assert one_line_error(result) == "error: no SQL statement given (empty, or comments only)"


def test_query_shows_duckdbs_whole_message_with_its_hint(sample_warehouse):
    result = wirehouse("query", "select count(*) from quote", "--db", str(sample_warehouse), check=False)
    assert result.returncode == 1
    assert "Table with name quote does not exist" in result.stderr and 'Did you mean "quotes"' in result.stderr


def test_a_folder_without_text_files_is_an_error_naming_what_was_read(tmp_path):
    folder = tmp_path / "html"
    folder.mkdir()
    (folder / "page.html").write_text("<p>news</p>")
    result = wirehouse("run", str(folder), "--db", str(tmp_path / "w.duckdb"), check=False)
    assert result.returncode == 1
    assert one_line_error(result) == (
        f"error: no input files in {folder}: a run reads the files named and *.txt below named folders (recursive)"
    )


def test_data_docs_go_under_the_warehouses_own_folder():
    assert docs_folder(Path("data/warehouse.duckdb")) == Path("data/dq_docs/warehouse")
    assert docs_folder(Path("data/a.duckdb")) != docs_folder(Path("data/b.duckdb"))


def test_check_writes_data_docs_named_after_the_warehouse(sample_warehouse):
    result = wirehouse("check", "--db", str(sample_warehouse), check=False)
    expected = sample_warehouse.parent / "dq_docs" / sample_warehouse.stem / "index.html"
    assert f"Data Docs: {expected}" in result.stdout and expected.exists()


def test_a_run_prints_no_link_to_its_private_server(sample_run):
    _, result = sample_run
    assert "View at" not in result.stdout + result.stderr


def test_shell_runs_statements_and_refuses_writes(sample_warehouse):
    script = "select count(*) as documents\nfrom documents;\ndelete from documents;\n.tables\n.quit\n"
    result = wirehouse("shell", "--db", str(sample_warehouse), input=script, check=False)
    assert result.returncode == 0
    assert "│ 4 " in result.stdout and "document_sources" in result.stdout
    assert "DELETE statements are refused" in result.stderr
