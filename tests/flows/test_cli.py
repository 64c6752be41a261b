"""The CLI's contract with people and scripts: usage errors exit 2, every error is one line naming cause and path."""

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app, docs_folder
from flows.query import EmptyQuery
from flows.settings import SettingsError, load_settings
from tests.conftest import SAMPLE, checked_statements, wirehouse


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
    result = CliRunner().invoke(app, [*args, "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_a_bad_environment_value_is_one_line_naming_the_variable(tmp_path):
    result = wirehouse("runs", "--db", str(tmp_path / "w.duckdb"), check=False, env={**os.environ, "WIREHOUSE_BATCH_BYTES": "garbage"})
    assert result.returncode == 2
    assert one_line_error(result).startswith("error: WIREHOUSE_BATCH_BYTES='garbage': Input should be a valid integer")


@pytest.mark.parametrize("variable, value", [("WIREHOUSE_BATCH_BYTES", "0"), ("WIREHOUSE_HELPER_PROCESSES", "-3"),
                                             ("WIREHOUSE_MAX_FILE_BYTES", "1e99"), ("WIREHOUSE_PREFECT_STARTUP_SECONDS", "nan")])
def test_out_of_bounds_settings_name_the_variable(variable, value, monkeypatch):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=f"^{variable}={value!r}: "):
        load_settings()


@pytest.mark.parametrize("sql", ["", "   ", "-- only a comment", ";", "/* nothing */ ;"])
def test_empty_sql_is_refused_before_it_runs(sql):
    with pytest.raises(EmptyQuery, match="no SQL statement given"):
        checked_statements(sql, Path("w.duckdb"))


def test_empty_sql_is_a_usage_error(sample_warehouse):
    result = wirehouse("query", "--db", str(sample_warehouse), "--", "-- only a comment", check=False)
    assert result.returncode == 2
    assert one_line_error(result) == "error: no SQL statement given (empty, or comments only)"


def test_query_shows_duckdbs_whole_message_with_its_hint(sample_warehouse):
    result = wirehouse("query", "select count(*) from quote", "--db", str(sample_warehouse), check=False)
    assert result.returncode == 1
    assert "Table with name quote does not exist" in result.stderr and 'Did you mean "quotes"' in result.stderr


def test_a_folder_without_input_files_is_an_error_naming_what_is_read(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.md").write_text("# news")
    result = wirehouse("run", str(folder), "--db", str(tmp_path / "w.duckdb"), check=False)
    assert result.returncode == 1
    assert one_line_error(result) == (
        f"error: no input files in {folder}: a run reads the files named and, below named folders (recursive), files ending "
        ".txt, .html, .htm, .html.gz, .htm.gz, .jsonl, .ndjson, .csv, .parquet, .rss, .atom"
    )


def test_a_bad_column_mapping_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--map", "colour=x"])
    assert result.exit_code == 2 and "cannot map colour" in result.output
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--map", "text"])
    assert result.exit_code == 2 and "is not FIELD=COLUMN" in result.output
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--map", "text=body", "--map", "text=article_body"])
    assert result.exit_code == 2 and "text is mapped twice (body and article_body)" in result.output


def test_data_docs_go_under_the_warehouses_own_folder():
    assert docs_folder(Path("data/warehouse.duckdb")) == Path("data/dq_docs/warehouse")
    assert docs_folder(Path("data/a.duckdb")) != docs_folder(Path("data/b.duckdb"))


def test_a_run_prints_no_link_to_its_private_server(sample_run):
    _, result = sample_run
    assert "View at" not in result.stdout + result.stderr


def test_shell_runs_statements_and_refuses_writes(sample_warehouse):
    script = "select count(*) as documents\nfrom documents;\ndelete from documents;\n.tables\n.quit\n"
    result = wirehouse("shell", "--db", str(sample_warehouse), input=script, check=False)
    assert result.returncode == 0
    assert "│ 4 " in result.stdout and "document_sources" in result.stdout
    assert "DELETE statements are refused" in result.stderr
