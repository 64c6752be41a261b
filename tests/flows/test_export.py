"""`wirehouse export`: every table and mart as files that DuckDB reads back whole."""

import duckdb
import pytest

from flows.export import exported_relations
from tests.conftest import wirehouse


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_and_mart_reads_back_with_its_rows_and_columns(sample_warehouse, tmp_path, fmt):
    out = tmp_path / fmt
    result = wirehouse("export", str(out), "--db", str(sample_warehouse), "--format", fmt)
    relations = exported_relations()
    assert result.stdout.strip() == f"exported {len(relations)} tables and marts to {out} ({fmt})"
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{relation}.{fmt}" for relation in relations)
    source = duckdb.connect(str(sample_warehouse), read_only=True)
    reader = duckdb.connect()
    try:
        for relation in relations:
            expected = source.sql(f"select * from {relation}")
            read = f"read_parquet('{out / relation}.parquet')" if fmt == "parquet" else f"read_csv('{out / relation}.csv', header = true)"
            back = reader.sql(f"select * from {read}")
            assert back.columns == expected.columns, relation
            assert reader.sql(f"select count(*) from {read}").fetchall() == source.sql(f"select count(*) from {relation}").fetchall(), relation
    finally:
        source.close()
        reader.close()


def test_parquet_keeps_the_types(sample_warehouse, tmp_path):
    wirehouse("export", str(tmp_path), "--db", str(sample_warehouse))
    reader = duckdb.connect()
    try:
        types = {name: dtype for name, dtype, *_ in reader.sql(f"describe select * from read_parquet('{tmp_path / 'figures.parquet'}')").fetchall()}
        signature = reader.sql(f"select typeof(signature) from read_parquet('{tmp_path / 'article_signatures.parquet'}') limit 1").fetchall()
        zelensky = reader.sql(f"select documents from read_parquet('{tmp_path / 'people.parquet'}') where name = 'Volodymyr Zelensky'").fetchall()
    finally:
        reader.close()
    assert (types["value"], types["start_char"], types["claim_id"]) == ("DOUBLE", "BIGINT", "VARCHAR")
    assert signature == [("UBIGINT[]",)]
    assert zelensky == [(3,)]


def test_a_missing_warehouse_is_one_clear_line(tmp_path):
    result = wirehouse("export", str(tmp_path / "out"), "--db", str(tmp_path / "none.duckdb"), check=False)
    assert result.returncode == 1 and result.stderr.startswith("error: warehouse") and "Traceback" not in result.stderr
