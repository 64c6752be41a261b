"""The marts on the BBC corpus (skipped without it): every input path counted, copies found, one row per person."""

import duckdb
import pytest

from tests.conftest import CORPORA, wirehouse

BBC = CORPORA / "bbc"
SECTION_FILES = {"business": 510, "entertainment": 386, "politics": 417, "sport": 511, "tech": 401}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not BBC.exists(), reason="BBC corpus not present")]


@pytest.fixture(scope="module")
def bbc(tmp_path_factory):
    db = tmp_path_factory.mktemp("bbc") / "warehouse.duckdb"
    wirehouse("run", str(BBC), "--db", str(db), "--quiet")
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_every_duplicate_file_is_a_second_path_of_its_document(bbc):
    assert bbc.sql("select count(*), count(distinct document_id) from document_sources").fetchall() == [(2225, 2127)]
    assert bbc.sql("select count(*) from (select document_id from document_sources group by all having count(*) > 1)").fetchall() == [(98,)]


def test_coverage_counts_every_file_of_every_section_folder(bbc):
    assert dict(bbc.sql("select section, count(distinct path) from coverage group by all").fetchall()) == SECTION_FILES


def test_the_models_tests_pass(bbc):
    from warehouse import catalog

    results = catalog.run_tests(bbc)
    assert results.filter(~results["success"]).is_empty()


def test_each_person_is_one_row_whatever_the_title(bbc):
    kilroy = bbc.sql("select aliases, quotes from people where name = 'Robert Kilroy-Silk'").fetchall()
    assert len(kilroy) == 1 and kilroy[0][1] >= 40
    assert bbc.sql("select count(*) from people where name ilike '%kilroy%'").fetchall() == [(1,)]


def test_copies_are_found_without_comparing_every_pair(bbc):
    kinds = dict(bbc.sql("select kind, count(*) from near_duplicates where level = 'article' group by all").fetchall())
    assert kinds.get("copy", 0) >= 40 and kinds.get("near_copy", 0) >= 5
    assert bbc.sql("select count(*) from near_duplicates where level = 'article' and jaccard < 0.5 and containment < 0.8").fetchall() == [(0,)]
