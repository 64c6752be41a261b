"""Record files: one document per record, columns found by the mapping, bad records rejected with their line or row."""

import io
from datetime import datetime

import polars as pl
import pytest

from transforms.ingest import decode_documents
from transforms.ingest.records import mapping_with, read_records

JSONL = (
    b'{"text": "First story.", "headline": "One", "date": "2026-11-02"}\n'
    b"\n"
    b'{"body": "Second story.", "source": {"name": "Valley Post"}, "author": ["A. Writer", "B. Writer"]}\n'
    b'{"title": "no text here"}\n'
    b"not json\n"
    b"[1, 2]\n"
)


def raw_files(path: str, raw: bytes, input_format: str) -> pl.DataFrame:
    return pl.DataFrame({"source_path": [path], "raw": [raw], "input_format": [input_format], "given": [None]})


def parquet(columns: dict) -> bytes:
    buffer = io.BytesIO()
    pl.DataFrame(columns).write_parquet(buffer)
    return buffer.getvalue()


def test_json_lines_records_are_numbered_by_line_and_bad_lines_give_their_reason():
    found = read_records(JSONL, "jsonl", mapping_with(None))
    assert [(record.number, record.reason) for record in found] == [
        (1, ""), (3, ""), (4, "line 4: no text (looked for text, content, body)"),
        (5, "line 5: not JSON (Expecting value)"), (6, "line 6: not a JSON object"),
    ]
    assert found[0].fields["title"] == "One" and found[1].fields["outlet"] == "Valley Post"


def test_a_mapping_override_is_tried_first_and_unknown_fields_are_refused():
    found = read_records(b"article_body,text\nmapped,default\n", "csv", mapping_with({"text": "article_body"}))
    assert found[0].fields["text"] == "mapped" and found[0].number == 1
    with pytest.raises(ValueError, match="cannot map colour"):
        mapping_with({"colour": "x"})


def test_each_record_is_a_document_with_its_line_and_the_files_fingerprint():
    decoded = decode_documents(raw_files("/in/wire.jsonl", JSONL, "jsonl"))
    assert decoded.sources.select("record").to_series().to_list() == [1, 3]
    assert decoded.sources["file_fingerprint"].n_unique() == 1
    assert decoded.documents["author"].to_list() == [None, "A. Writer, B. Writer"]
    assert decoded.documents["published_precision"].to_list() == ["day", None]
    assert decoded.rejected["reason"].to_list()[0].startswith("line 4:") and decoded.rejected.height == 3


def test_the_same_article_in_two_files_is_one_document():
    csv = b"text,title,date\nFirst story.,One,2026-11-02\n"
    jsonl_id = decode_documents(raw_files("/in/a.jsonl", JSONL, "jsonl")).documents["document_id"][0]
    csv_id = decode_documents(raw_files("/in/b.csv", csv, "csv")).documents["document_id"][0]
    assert jsonl_id == csv_id


def test_parquet_keeps_typed_dates_and_a_damaged_file_is_rejected_whole():
    raw = parquet({"content": ["Typed."], "published_at": [datetime(2026, 11, 3, 9, 30)]})
    decoded = decode_documents(raw_files("/in/a.parquet", raw, "parquet"))
    assert decoded.documents.select("published_at", "published_precision").row(0)[1] == "second"
    broken = decode_documents(raw_files("/in/b.parquet", b"PAR1 not really", "parquet"))
    assert broken.documents.is_empty() and broken.rejected["reason"][0].startswith("not a readable PARQUET file")


def test_a_table_without_a_text_column_is_rejected_once_naming_its_columns():
    for name, raw, input_format in (
        ("/in/a.csv", b"headline,date\nOne,2026-11-02\nTwo,2026-11-03\n", "csv"),
        ("/in/a.parquet", parquet({"headline": ["One", "Two"], "date": ["2026-11-02", "2026-11-03"]}), "parquet"),
    ):
        decoded = decode_documents(raw_files(name, raw, input_format))
        assert decoded.documents.is_empty()
        assert decoded.rejected["reason"].to_list() == [
            f"no text column (looked for text, content, body; the {input_format.upper()} file has headline, date)"
        ]


def test_a_parquet_file_whose_data_expands_past_the_bound_is_rejected_before_it_is_read():
    raw = parquet({"text": ["word " * 200_000, "A short story."]})
    assert len(raw) < 10_000
    decoded = decode_documents(raw_files("/in/big.parquet", raw, "parquet"), bytes_limit=100_000)
    assert decoded.documents.is_empty()
    assert decoded.rejected["reason"].to_list()[0].startswith("Parquet data of 1,000,")
    assert decoded.rejected["reason"].to_list()[0].endswith("bytes uncompressed, more than the 100,000 of WIREHOUSE_MAX_FILE_BYTES")
    assert decode_documents(raw_files("/in/big.parquet", raw, "parquet"), bytes_limit=2_000_000).documents.height == 2
