"""The marts on the sample: the answers the issue asks for, rebuilt whole after every load."""

import shutil

import duckdb
import polars as pl
import pytest

from tests.conftest import SAMPLE, wirehouse
from warehouse import io
from warehouse.io import load as run_load
from warehouse.marts import build_marts

EVACUATED = "select claim_id from figures where text in ('7,295', 'More than 7,000')"


def rows(con, sql: str) -> list[tuple]:
    return con.sql(sql).fetchall()


def test_2389_children_taken_is_one_claim_with_two_mentions_in_two_articles(sample_con):
    claim = rows(sample_con, "select claim_id, mentions, articles, texts from claims where unit = 'children' and predicate = 'taken'")
    assert [row[1:] for row in claim] == [(2, 2, ["2,389"])]
    assert rows(sample_con, f"select count(*) from figures where claim_id = '{claim[0][0]}'") == [(2,)]


def test_7295_and_more_than_7000_evacuated_are_one_claim(sample_con):
    claims = {row[0] for row in rows(sample_con, EVACUATED)}
    assert len(claims) == 1 and None not in claims
    assert rows(sample_con, f"select value_low, value_high, texts, conflicting from claims where claim_id = '{claims.pop()}'") == [
        (7000.0, 8000.0, ["7,295", "More than 7,000"], False)
    ]


def test_000_and_the_matching_article_of_002_are_near_duplicates(sample_con):
    pairs = rows(sample_con, "select level, left_file_name, right_file_name, right_label, kind, containment > 0.8 from near_duplicates order by level")
    assert pairs == [
        ("article", "000_822b687db86737b1.txt", "002_8443740fd5c3762f.txt", "KRAKOW, Poland", "contained", True),
        ("document", "000_822b687db86737b1.txt", "002_8443740fd5c3762f.txt", "002_8443740fd5c3762f.txt", "contained", True),
    ]


def test_the_kaczynski_quotation_is_reused_from_its_first_appearance(sample_con):
    reused = rows(sample_con, "select speaker, quotes, documents, first_file_name from quote_reuse where text like 'I think that it is necessary to have a peace mission%'")
    assert reused == [("Jaroslaw Kaczynski", 3, 3, "000_822b687db86737b1.txt")]


def test_volodymyr_zelensky_is_one_person_across_001_002_and_003(sample_con):
    person = rows(sample_con, "select person_id, documents, quotes from people where name = 'Volodymyr Zelensky'")
    assert [row[1:] for row in person] == [(3, 15)]
    files = rows(sample_con, f"select distinct d.file_name[:3] from person_mentions m join documents d using (document_id) where person_id = '{person[0][0]}' order by 1")
    assert files == [("001",), ("002",), ("003",)]
    assert rows(sample_con, "select count(*) from people where name like '%Zelensk%' and name <> 'Olena Zelenska'") == [(1,)]
    assert rows(sample_con, f"select count(*) from quotes where person_id = '{person[0][0]}'") == [(15,)]


def test_a_rebuild_after_rows_go_leaves_nothing_stale(sample_copy):
    gone = rows(sample_copy, "select document_id from documents where file_name like '000_%'")[0][0]
    sample_copy.execute("begin")
    io.delete_documents(sample_copy, [gone], ("articles", "paragraphs", "quotes", "figures", "documents"))
    build_marts(sample_copy)
    sample_copy.execute("commit")
    assert rows(sample_copy, "select count(*) from near_duplicates") == [(0,)]
    assert rows(sample_copy, "select quotes, first_file_name from quote_reuse where speaker = 'Jaroslaw Kaczynski'") == [(2, "001_ed0c56a2c0ca81e6.txt")]
    assert rows(sample_copy, f"select count(*) from article_signatures where document_id = '{gone}'") == [(0,)]
    assert rows(sample_copy, f"select count(*) from person_mentions where document_id = '{gone}'") == [(0,)]


def test_refreshed_documents_get_their_signatures_again(sample_copy):
    document = rows(sample_copy, "select document_id from documents where file_name like '000_%'")[0][0]
    before = rows(sample_copy, f"select signature from article_signatures where document_id = '{document}'")
    sample_copy.execute(f"update article_signatures set signature = list_transform(signature, lambda value: value // 2) where document_id = '{document}'")
    build_marts(sample_copy)
    kept = rows(sample_copy, f"select signature from article_signatures where document_id = '{document}'")
    assert kept != before and kept[0][0] == [value // 2 for value in before[0][0]]
    build_marts(sample_copy, [document])
    assert rows(sample_copy, f"select signature from article_signatures where document_id = '{document}'") == before


def test_a_failed_build_rolls_the_load_back(sample_warehouse, tmp_path, monkeypatch):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_warehouse, db)
    with duckdb.connect(str(db), read_only=True) as con:
        runs_before = rows(con, "select run_id from pipeline_runs")
    nothing_seen = io.PathChanges(pl.DataFrame(schema=io.SOURCES_SCHEMA), inputs=[])
    load = io.RunLoad(run_id="run-2", staged={}, paths=nothing_seen, rederived_document_ids=[],
                      run_row={"run_id": "run-2", "started_at": "2026-01-01", "finished_at": "2026-01-01", "status": "completed", "trigger": "manual"})

    def broken(*_):
        raise RuntimeError("mart build failed")

    monkeypatch.setattr(run_load, "build_marts", broken)
    with pytest.raises(RuntimeError, match="mart build failed"):
        io.load_run(db, load)
    with duckdb.connect(str(db), read_only=True) as con:
        assert rows(con, "select run_id from pipeline_runs") == runs_before


def test_an_unchanged_run_builds_the_marts_of_a_warehouse_from_before_them(sample_copy, tmp_path):
    for model in ("people", "claims", "coverage"):
        sample_copy.execute(f"drop table {model}")
    sample_copy.close()
    result = wirehouse("run", str(SAMPLE), "--db", str(tmp_path / "copy.duckdb"))
    assert result.stdout.startswith("up_to_date:")
    with duckdb.connect(str(tmp_path / "copy.duckdb"), read_only=True) as con:
        assert rows(con, "select count(*) from people where name = 'Volodymyr Zelensky'") == [(1,)]


def test_an_empty_warehouse_builds_empty_marts_that_pass_their_tests():
    from warehouse import catalog

    con = duckdb.connect()
    io.ensure_schema(con)
    build_marts(con)
    assert all(rows(con, f"select count(*) from {model.name}") == [(0,)] for model in catalog.models("marts"))
    assert catalog.run_tests(con)["success"].all()
    con.close()
