"""`wirehouse export`: every table and mart of the warehouse as Parquet or CSV files, one per relation.

DuckDB writes the files (``COPY ... TO``) from a read-only connection, so an
export never changes the warehouse. Staging views are left out: they are the
tables, renamed and joined, and any reader can rebuild them from the files.
"""

from pathlib import Path

from transforms.schema import ALL_TABLES
from warehouse import catalog
from warehouse.io import connect

FORMATS = {"parquet": "parquet", "csv": "csv"}


def exported_relations() -> list[str]:
    """The tables (quarantine tables included) and the marts, in schema then build order."""
    return [table.name for table in ALL_TABLES] + [model.name for model in catalog.models("marts")]


def export_warehouse(db: Path, out: Path, fmt: str) -> list[Path]:
    """Write ``out/<relation>.<fmt>`` for every table and mart present in ``db``; returns the files."""
    con = connect(db, read_only=True)
    try:
        present = {row[0] for row in con.sql("select table_name from duckdb_tables()").fetchall()}
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for relation in exported_relations():
            if relation not in present:
                continue
            target = out / f"{relation}.{fmt}"
            options = "format parquet, compression zstd" if fmt == "parquet" else "format csv, header true"
            con.execute(f"copy (select * from {relation}) to '{str(target).replace(chr(39), chr(39) * 2)}' ({options})")
            written.append(target)
        return written
    finally:
        con.close()
