import codecs
import hashlib

import polars as pl

from transforms.ingest import decode_documents


def raw_files(**files: bytes) -> pl.DataFrame:
    return pl.DataFrame({"source_path": list(files), "raw": list(files.values())}, schema={"source_path": pl.String, "raw": pl.Binary})


def test_utf8_with_bom_is_stripped_and_id_is_sha256_of_raw_bytes():
    raw = codecs.BOM_UTF8 + "Zelensky’s address".encode()
    documents, _, _, rejected, _ = decode_documents(raw_files(**{"/in/a.txt": raw}))
    row = documents.row(0, named=True)
    assert row["text"] == "Zelensky’s address"
    assert row["encoding"] == "utf-8"
    assert row["document_id"] == hashlib.sha256(raw).hexdigest()
    assert row["byte_size"] == len(raw) and row["char_count"] == 18
    assert row["file_name"] == "a.txt"
    assert rejected.is_empty()


def test_latin1_falls_back_and_records_encoding():
    raw = "Müller said the café was shut.".encode("latin-1")
    documents = decode_documents(raw_files(**{"/in/sport/199.txt": raw})).documents
    assert documents["text"][0] == "Müller said the café was shut."
    assert documents["encoding"][0] == "cp1252"


def test_empty_binary_and_blank_files_are_rejected_with_reasons_and_the_rest_goes_on():
    documents, _, _, rejected, _ = decode_documents(
        raw_files(
            **{
                "/in/empty.txt": b"",
                "/in/image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                "/in/blank.txt": b"  \n\n ",
                "/in/controls.txt": bytes(range(1, 9)) * 20,
                "/in/good.txt": b"Poland will formally propose a plan.",
            }
        )
    )
    assert documents["source_path"].to_list() == ["/in/good.txt"]
    reasons = dict(rejected.select("source_path", "reason").iter_rows())
    assert reasons["/in/empty.txt"] == "empty file"
    assert reasons["/in/image.txt"].startswith("binary file")
    assert reasons["/in/blank.txt"].startswith("no text")
    assert reasons["/in/controls.txt"].startswith("binary file")


def test_same_bytes_under_two_paths_are_one_document_and_two_sources():
    documents, sources, _, _, _ = decode_documents(raw_files(**{"/in/a.txt": b"same text", "/in/b.txt": b"same text"}))
    assert documents["source_path"].to_list() == ["/in/a.txt"]
    assert sources["source_path"].to_list() == ["/in/a.txt", "/in/b.txt"]
    assert sources["document_id"].n_unique() == 1
