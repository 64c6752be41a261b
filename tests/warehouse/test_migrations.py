"""Migrations bring a warehouse of the previous release up to date: document_sources backfilled, new columns added."""

from datetime import datetime, timezone

import duckdb

from warehouse import io

# The previous release's tables that migration 0001 changes, as it created them.
PREVIOUS_RELEASE = """
create table documents (document_id varchar primary key, source_path varchar not null, file_name varchar not null,
    encoding varchar not null, byte_size bigint not null, char_count bigint not null, text varchar not null,
    ingested_at timestamp with time zone not null, run_id varchar not null);
create table rejected_files (path varchar not null, reason varchar not null, run_id varchar not null,
    seen_at timestamp with time zone not null);
create table quarantine_documents (document_id varchar, source_path varchar, file_name varchar, encoding varchar,
    byte_size bigint, char_count bigint, text varchar, ingested_at timestamp with time zone, run_id varchar,
    failed_expectations varchar, quarantined_at timestamp with time zone);
"""
AT = datetime(2026, 11, 1, tzinfo=timezone.utc)


def test_lineage_migration_backfills_one_source_per_document_and_adds_columns(tmp_path):
    con = duckdb.connect(str(tmp_path / "previous.duckdb"))
    con.execute(PREVIOUS_RELEASE)
    con.execute("insert into documents values ('d1', '/in/a.txt', 'a.txt', 'utf-8', 5, 5, 'Hello', ?, 'run-1')", [AT])
    con.execute("insert into rejected_files values ('/in/empty.txt', 'empty file', 'run-1', ?)", [AT])
    io.ensure_schema(con)
    io.ensure_schema(con)  # applied once: no second backfill
    assert con.sql("select * from document_sources").fetchall() == [("/in/a.txt", "d1", AT, AT, None, "run-1", "run-1", None, "d1")]
    assert con.sql("select decode_errors from documents").fetchall() == [(0,)]
    assert con.sql("select fingerprint from rejected_files").fetchall() == [(None,)]
    assert "decode_errors" in [row[0] for row in con.sql("describe quarantine_documents").fetchall()]
    applied = [name for (name,) in con.sql("select name from schema_migrations order by name").fetchall()]
    assert applied == [path.name for path in io.sql_files("migrations")]  # each once, in order
    assert applied[0] == "0001_lineage_and_decode_errors.sql"
    con.close()


def test_quotes_from_before_speaker_mentions_gain_their_mentions_words_once(tmp_path):
    con = duckdb.connect(str(tmp_path / "previous.duckdb"))
    io.ensure_schema(con)
    con.execute("delete from schema_migrations where name = '0007_quotes_speaker_mention.sql'")
    con.execute("alter table quotes drop column speaker_mention")
    con.execute("insert into documents (document_id, source_path, file_name, encoding, byte_size, char_count, text, ingested_at, run_id) "
                "values ('d1', '/in/a.txt', 'a.txt', 'utf-8', 30, 28, '“Aid arrives,” said Jane Doe.', ?, 'run-1')", [AT])
    con.execute("insert into quotes (quote_id, document_id, article_id, paragraph_id, start_char, end_char, text, kind, speaker, "
                "speaker_mention_start, speaker_mention_end) values ('q1', 'd1', 'a1', 'p1', 1, 12, 'Aid arrives', 'direct', 'Jane Doe', 20, 28), "
                "('q2', 'd1', 'a1', 'p1', 1, 4, 'Aid', 'scare', null, null, null)")
    io.ensure_schema(con)
    io.ensure_schema(con)  # applied once
    assert con.sql("select quote_id, speaker_mention from quotes order by quote_id").fetchall() == [("q1", "Jane Doe"), ("q2", None)]
    assert con.sql("select aliases from speakers").fetchall() == [(["Jane Doe"],)]
    con.close()
