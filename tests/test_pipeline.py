"""End to end on data/sample through the CLI: the warehouse contract of the foundation."""

import pytest

from tests.conftest import SAMPLE, wirehouse
from transforms.schema import CONTENT_TABLES

CONTRACT = {
    "documents": ["document_id", "source_path", "file_name", "encoding", "byte_size", "char_count", "text", "ingested_at", "run_id"],
    "articles": ["article_id", "document_id", "ordinal", "headline", "dateline", "start_char", "end_char", "text"],
    "paragraphs": ["paragraph_id", "article_id", "document_id", "ordinal", "start_char", "end_char", "text", "is_boilerplate"],
    "quotes": ["quote_id", "document_id", "article_id", "paragraph_id", "start_char", "end_char", "text", "kind", "speaker",
               "speaker_mention_start", "speaker_mention_end", "cue"],
    "figures": ["figure_id", "document_id", "article_id", "paragraph_id", "start_char", "end_char", "text", "value", "value_low",
                "value_high", "qualifier", "direction", "unit", "category", "predicate"],
    "pipeline_runs": ["run_id", "flow_run_id", "started_at", "finished_at", "status", "trigger"],
    "rejected_files": ["path", "reason", "run_id", "seen_at"],
}
SPANNED = ["articles", "paragraphs", "quotes", "figures"]


def scalar(con, sql: str):
    return con.sql(sql).fetchall()[0][0]


def test_a_run_prints_its_summary_last_and_nothing_at_exit(sample_run):
    """Nothing after the run's summary: no library complaints when the process ends (e.g. leak reports)."""
    _, result = sample_run
    assert result.stdout.strip().splitlines()[-1].startswith("completed: run ")
    assert result.stderr.strip().splitlines()[-1].endswith("Finished in state Completed()")


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_contract_tables_and_columns_exist(sample_con, table):
    columns = [row[0] for row in sample_con.sql(f"select column_name from information_schema.columns where table_name = '{table}'").fetchall()]
    assert set(CONTRACT[table]) <= set(columns)


@pytest.mark.parametrize("table", SPANNED)
def test_every_row_text_is_its_slice_of_the_document(sample_con, table):
    rows = scalar(sample_con, f"select count(*) from {table}")
    bad = scalar(
        sample_con,
        f"select count(*) from {table} t join documents d using (document_id) "
        "where substring(d.text, t.start_char + 1, t.end_char - t.start_char) <> t.text",
    )
    assert rows > 0 and bad == 0


def test_four_documents_and_the_dateline_articles_of_the_live_blog(sample_con):
    assert scalar(sample_con, "select count(*) from documents") == 4
    datelines = [row[0] for row in sample_con.sql(
        "select dateline from articles a join documents d using (document_id) "
        "where d.file_name like '002_%' and dateline is not null order by a.ordinal"
    ).fetchall()]
    assert datelines == ["KYIV, Ukraine", "KRAKOW, Poland", "WARSAW", "KYIV, Ukraine", "LVIV, Ukraine", "KRAKOW, Poland"]


def test_figures_of_the_seeds(sample_con):
    assert scalar(sample_con, "select count(*) from figures where value = 2389 and unit ilike '%children%'") >= 1
    assert scalar(sample_con, "select count(*) from figures where value = 7295") >= 1


def test_quotes_by_zelensky(sample_con):
    assert scalar(sample_con, "select count(*) from quotes where speaker ilike '%zelensky%'") >= 3


def test_boilerplate_is_kept_and_never_mined(sample_con):
    assert scalar(sample_con, "select count(*) from paragraphs where is_boilerplate") == 5
    mined = scalar(
        sample_con,
        "select (select count(*) from quotes q join paragraphs p using (paragraph_id) where p.is_boilerplate)"
        " + (select count(*) from figures f join paragraphs p using (paragraph_id) where p.is_boilerplate)",
    )
    assert mined == 0


def test_rerun_adds_no_rows_and_reports_files_skipped(sample_warehouse):
    count_sql = "select " + ", ".join(f"(select count(*) from {t})" for t in CONTENT_TABLES)
    before = wirehouse("query", count_sql, "--db", str(sample_warehouse), "--format", "csv").stdout
    result = wirehouse("run", str(SAMPLE), "--db", str(sample_warehouse))
    assert result.stdout.startswith("up_to_date:") and "4 skipped" in result.stdout
    after = wirehouse("query", count_sql, "--db", str(sample_warehouse), "--format", "csv").stdout
    assert before == after


def test_query_formats(sample_warehouse):
    sql = "select file_name, encoding from documents order by file_name limit 2"
    csv = wirehouse("query", sql, "--db", str(sample_warehouse), "--format", "csv").stdout
    assert csv.splitlines()[0] == "file_name,encoding" and csv.splitlines()[1].startswith("000_")
    json_out = wirehouse("query", sql, "--db", str(sample_warehouse), "--format", "json").stdout
    assert json_out.startswith('[{"file_name":"000_')
    table = wirehouse("query", sql, "--db", str(sample_warehouse)).stdout
    assert "file_name" in table and "2 rows" in table


def test_query_is_read_only(sample_warehouse):
    result = wirehouse("query", "delete from documents", "--db", str(sample_warehouse), check=False)
    assert result.returncode == 1 and "read-only" in result.stderr.lower()


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "/no/such/input"], "input /no/such/input does not exist"),
        (["query", "select 1", "--db", "/no/such/warehouse.duckdb"], "does not exist"),
    ],
)
def test_user_errors_are_one_line_and_non_zero(args, message):
    result = wirehouse(*args, check=False)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_sql_shows_duckdbs_message_with_the_place_it_points_at(sample_warehouse):
    """A query error is DuckDB's whole message (its hint or caret lines included), still no traceback."""
    result = wirehouse("query", "selec 1", "--db", str(sample_warehouse), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == 'error: Parser Error: syntax error at or near "selec"'
    assert "LINE 1: selec 1" in result.stderr
