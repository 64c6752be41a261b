"""Reads of the warehouse that plan a run or show its history: each opens its own read-only connection."""

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from warehouse.io.connection import connect


@dataclass
class Known:
    """What the warehouse already holds, as far as planning a run needs it."""

    document_ids: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)  # live path of a whole-file document -> document_id
    fingerprints: dict[str, str] = field(default_factory=dict)  # live path -> the file's fingerprint as last read
    rejected: dict[str, str | None] = field(default_factory=dict)  # path -> fingerprint of its latest rejection


def known_state(db: Path) -> Known:
    """Stored documents, live paths, and the fingerprint of each path's latest rejection."""
    if not db.exists():
        return Known()
    con = connect(db, read_only=True)
    try:
        tables = {row[0] for row in con.sql("select table_name from duckdb_tables() where database_name = current_database()").fetchall()}
        if "documents" not in tables:
            return Known()
        known = Known(document_ids={row[0] for row in con.sql("select document_id from documents").fetchall()})
        source_columns = {row[0] for row in con.sql("select column_name from duckdb_columns() where table_name = 'document_sources'").fetchall()}
        if "file_fingerprint" in source_columns:
            live = con.sql("select path, record, document_id, file_fingerprint from document_sources where removed_at is null").fetchall()
            known.sources = {path: document_id for path, record, document_id, _ in live if record is None}
            known.fingerprints = {path: fingerprint for path, _, _, fingerprint in live}
        else:  # a warehouse the migrations have not reached yet: each path's document is its fingerprint
            query = "select path, document_id from document_sources where removed_at is null" if source_columns else "select source_path, document_id from documents"
            known.sources = dict(con.sql(query).fetchall())
            known.fingerprints = dict(known.sources)
        columns = {row[0] for row in con.sql("select column_name from duckdb_columns() where table_name = 'rejected_files'").fetchall()}
        if "fingerprint" in columns:
            known.rejected = dict(
                con.sql("select path, arg_max(fingerprint, seen_at) from rejected_files group by path").fetchall()
            )
        return known
    finally:
        con.close()


def stored_documents(db: Path, document_ids: list[str], columns: str = "*") -> pl.DataFrame:
    """Stored documents (raw text included by default), for re-deriving tables without the source files."""
    con = connect(db, read_only=True)
    try:
        con.register("wanted_documents", pl.DataFrame({"document_id": document_ids}, schema={"document_id": pl.String}))
        return con.sql(f"select {columns} from documents semi join wanted_documents using (document_id)").pl()
    finally:
        con.close()


@dataclass
class FetchState:
    """What earlier feed runs fetched: each feed's validators, and the pages already fetched."""

    feed_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # feed -> (ETag, Last-Modified)
    fetched_pages: set[str] = field(default_factory=set)


def fetch_state(db: Path) -> FetchState:
    if not db.exists():
        return FetchState()
    con = connect(db, read_only=True)
    try:
        if not con.sql("select 1 from duckdb_tables() where database_name = current_database() and table_name = 'fetches'").fetchall():
            return FetchState()
        validators = con.sql(
            """select url, arg_max(etag, fetched_at), arg_max(last_modified, fetched_at) from fetches
               where kind = 'feed' and outcome in ('fetched', 'not_modified') group by url"""
        ).fetchall()
        pages = con.sql("select distinct url from fetches where kind = 'page' and outcome = 'fetched'").fetchall()
        return FetchState({url: (etag, modified) for url, etag, modified in validators}, {url for (url,) in pages})
    finally:
        con.close()


def stored_originals(db: Path, document_ids: list[str]) -> pl.DataFrame:
    """The stored file bytes (gzip) and given context of pages, for extracting them again."""
    con = connect(db, read_only=True)
    try:
        con.register("wanted_documents", pl.DataFrame({"document_id": document_ids}, schema={"document_id": pl.String}))
        return con.sql(
            "select document_id, input_format, content, given::varchar as given from document_originals semi join wanted_documents using (document_id)"
        ).pl()
    finally:
        con.close()


def recent_runs(db: Path, limit: int) -> pl.DataFrame:
    """The last ``limit`` runs, newest first, with the columns an operator scans."""
    con = connect(db, read_only=True)
    try:
        return con.sql(
            f"""select run_id, trigger, status, started_at::timestamp(0) as started_at,
                       round(epoch(finished_at - started_at), 1) as seconds,
                       files_seen as seen, files_new as new, files_changed as changed,
                       files_skipped as skipped, files_rejected as rejected,
                       documents_rows as docs, quotes_rows as quotes, figures_rows as figures,
                       quarantined_rows as quarantined
                from pipeline_runs order by started_at desc limit {int(limit)}"""
        ).pl()
    finally:
        con.close()


def documents_on_other_rules(db: Path, rules_version: str) -> int:
    """Stored documents whose rows were derived by other extraction rules, or by unknown ones
    (before documents recorded them)."""
    if not db.exists():
        return 0
    con = connect(db, read_only=True)
    try:
        return con.sql("select count(*) from documents where rules_version is distinct from ?", params=[rules_version]).fetchall()[0][0]
    except duckdb.CatalogException:  # a warehouse the migrations have not reached: no run wrote it since
        return 0
    finally:
        con.close()
