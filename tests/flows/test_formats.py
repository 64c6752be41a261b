"""Runs over every input format: record files round trip, pages re-extracted by a full refresh,
context checked by the documents suite, and the README's query on the examples."""

import shutil

import polars as pl

from tests.conftest import EXAMPLES, wirehouse
from tests.test_incremental import rows

MAPPING = {"mapping": [["text", "article_body"]]}


def flow_run(paths, db, **options) -> dict:
    from flows.pipeline import news_pipeline

    return news_pipeline(paths=[str(path) for path in paths], db=str(db), **options)


def test_jsonl_csv_and_parquet_round_trip_with_their_context(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(EXAMPLES / "records" / "wire.jsonl", folder)
    shutil.copy(EXAMPLES / "records" / "briefs.csv", folder)
    # The CSV's rows as Parquet under other column names: the same articles, so the same documents.
    briefs = pl.read_csv(EXAMPLES / "records" / "briefs.csv", infer_schema=False)
    briefs.rename({"headline": "title", "date": "published_at", "source": "outlet"}).write_parquet(folder / "briefs.parquet")
    db = tmp_path / "w.duckdb"
    summary = flow_run([folder], db, read=MAPPING)
    assert summary["files_seen"] == 3 and summary["files_rejected"] == 1  # the JSONL's record without text
    per_file = rows(db, "select regexp_extract(path, '[^/]+$'), count(*), min(record), max(record) from document_sources group by all order by 1")
    assert per_file == [("briefs.csv", 5, 1, 5), ("briefs.parquet", 5, 1, 5), ("wire.jsonl", 5, 1, 6)]
    assert rows(db, "select input_format, count(*) from documents group by all order by 1") == [("csv", 5), ("jsonl", 5)]
    filled = "count(title), count(published_at), count(published_precision), count(url), count(outlet)"
    assert rows(db, f"select count(*), {filled} from documents") == [(10, 10, 10, 10, 10, 10)]
    assert rows(db, "select count(*) from rejected_files where reason like 'line 7: no text%'") == [(1,)]
    assert rows(db, "select count(distinct d.document_id) from document_sources s join documents d using (document_id) where s.path like '%.parquet'") == [(5,)]
    again = flow_run([folder], db, read=MAPPING)
    assert again["status"] == "up_to_date" and again["files_skipped"] == 3


def test_a_full_refresh_extracts_pages_again_from_their_stored_bytes(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(EXAMPLES / "pages", folder)
    db = tmp_path / "w.duckdb"
    first = flow_run([folder], db)
    before = rows(db, "select document_id, text, title, published_at from documents order by document_id")
    shutil.rmtree(folder)  # the pages are gone: only the warehouse has them
    refresh = flow_run([], db, full_refresh=True)
    assert refresh["status"] == "completed"
    assert rows(db, "select document_id, text, title, published_at from documents order by document_id") == before
    assert rows(db, "select distinct run_id from documents") == [(refresh["run_id"],)]
    assert rows(db, "select count(*) from articles") == [(first["articles_rows"],)]
    assert rows(db, "select count(*) from document_originals") == [(3,)]


def test_future_dates_and_malformed_urls_are_quarantined_with_the_rule(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.jsonl").write_text(
        '{"text": "Tomorrow\'s news, said the editor.", "date": "2099-01-01", "url": "https://ok.example/a"}\n'
        '{"text": "An address, said the clerk.", "date": "2026-11-01", "url": "htp:/nowhere"}\n'
        '{"text": "A good one, said the reader.", "date": "2026-11-01", "url": "https://ok.example/b"}\n',
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    summary = flow_run([folder], db)
    assert summary["status"] == "completed_with_quarantine" and summary["documents_rows"] == 1
    failed = sorted(row[0] for row in rows(db, "select failed_expectations from quarantine_documents"))
    assert failed == ["published_at_not_in_future", "url_well_formed"]


def test_the_readme_query_of_quotes_per_outlet_per_day(examples_warehouse):
    result = wirehouse("query", "--file", "warehouse/queries/quotes_per_outlet_per_day.sql", "--db", str(examples_warehouse), "--format", "csv")
    assert result.stdout.splitlines() == [
        "outlet,day,quotes,articles,speakers",
        "Harbour Herald,2026-11-02,5,2,4",
        "Northfield Courier,2026-11-02,1,1,1",
        "Valley Post,2026-11-02,1,1,1",
        "Valley Post,2026-11-03,4,2,3",
        "Northfield Courier,2026-11-03,3,1,2",
        "Harbour Herald,2026-11-03,2,2,2",
        "Northfield Courier,2026-11-04,2,2,2",
        "Harbour Herald,2026-11-04,1,1,1",
        "Valley Post,2026-11-04,1,1,1",
        "harbourherald.example,2026-11-04,1,1,1",
    ]


def test_check_passes_on_a_warehouse_of_every_format(examples_warehouse):
    result = wirehouse("check", "--db", str(examples_warehouse))
    assert result.stdout.startswith("OK:")


def test_marts_count_by_day_and_outlet_and_date_a_claims_first_report(examples_warehouse):
    days = rows(examples_warehouse, "select day::varchar, outlet, documents, direct_quotes from daily_coverage where outlet = 'Valley Post' order by day")
    assert days == [("2026-11-02", "Valley Post", 1, 1), ("2026-11-03", "Valley Post", 2, 4), ("2026-11-04", "Valley Post", 1, 1)]
    assert rows(examples_warehouse, "select sum(documents) from daily_coverage") == rows(examples_warehouse, "select count(*) from documents")
    natarajan = rows(examples_warehouse, "select outlet, quotes from outlet_quotes where name = 'Priya Natarajan' order by outlet")
    assert natarajan == [("Harbour Herald", 2), ("harbourherald.example", 1)]  # a record without an outlet: its URL's host
    # "Some 3,400" (Valley Post, 2 November, 18:00) was reported before "About 3,400" (Harbour Herald, 3 November).
    claim = rows(examples_warehouse, "select first_text, first_outlet, first_published_at::varchar, articles from claims where unit = 'commuters'")
    assert claim == [("Some 3,400", "Valley Post", "2026-11-02 18:00:00+00", 2)]


def test_a_sidecar_or_the_folder_gives_text_its_context_and_the_dateline_stays_on_the_article(tmp_path):
    folder = tmp_path / "Valley Post"
    folder.mkdir()
    story = 'KYIV, Ukraine — The bridge reopened on Monday. "It took two years," said engineer Olena Bondar.\n'
    (folder / "bridge.txt").write_text(story, encoding="utf-8")
    (folder / "bridge.meta.json").write_text('{"outlet": "Wire Desk", "published_at": "2026-11-02T08:30:00+02:00", "author": "A. Writer"}', encoding="utf-8")
    (folder / "ferry.txt").write_text("WARSAW — The ferry was late again, passengers said.\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    assert flow_run([folder], db, read={"outlet_from_folder": True})["documents_rows"] == 2
    documents = rows(db, "select file_name, outlet, published_at::varchar, published_precision, author, left(text, 13) from documents order by 1")
    assert documents == [
        ("bridge.txt", "Wire Desk", "2026-11-02 06:30:00+00", "second", "A. Writer", "KYIV, Ukraine"),  # the sidecar wins over the folder
        ("ferry.txt", "Valley Post", None, None, None, "WARSAW — The "),
    ]
    assert rows(db, "select d.file_name, a.dateline from articles a join documents d using (document_id) order by 1") == [
        ("bridge.txt", "KYIV, Ukraine"), ("ferry.txt", "WARSAW"),
    ]
