"""Decoding raw bytes: BOMs name the encoding, broken UTF-8 stays UTF-8, code pages only for text that is not UTF-8."""

import codecs

import polars as pl
import pytest

from transforms.ingest import REPLACED_BYTES, decode_documents, decode_text

QUOTED = "“We will not give up,” said the mayor. “Never.” Prices rose 3% – a record."


def decoded(raw: bytes):
    return decode_documents(pl.DataFrame({"source_path": ["/in/a.txt"], "raw": [raw]}, schema={"source_path": pl.String, "raw": pl.Binary}))


def test_one_invalid_byte_keeps_the_file_utf8_and_counts_the_replacement():
    raw = QUOTED.encode() + b" caf\xe9 " + QUOTED.encode()
    documents, sources, warnings, rejected, _ = decoded(raw)
    row = documents.row(0, named=True)
    assert row["encoding"] == "utf-8" and row["decode_errors"] == 1
    assert row["text"] == QUOTED + " caf\ufffd " + QUOTED  # curly quotes intact, no mojibake
    assert warnings.row(0, named=True) == {
        "source_path": "/in/a.txt", "document_id": row["document_id"], "warning": REPLACED_BYTES,
        "detail": "1 invalid UTF-8 byte sequence replaced with U+FFFD",
    }
    assert sources["document_id"].to_list() == [row["document_id"]] and rejected.is_empty()


def test_text_that_is_not_utf8_at_all_falls_back_to_a_code_page():
    raw = "Müller said the café in Zürich was shut – again.".encode("cp1252")
    text, encoding, errors, _ = decode_text(raw)
    assert (text, encoding, errors) == ("Müller said the café in Zürich was shut – again.", "cp1252", 0)


def test_bytes_cp1252_leaves_undefined_decode_as_latin1():
    original = "Olé, said the crowd in the Estádio da Luz \x81 as the final whistle went."
    text, encoding, errors, _ = decode_text(original.encode("latin-1"))
    assert (text, encoding, errors) == (original, "latin-1", 0)


@pytest.mark.parametrize("codec, bom, name", [
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"), ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"), ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ("utf-8", codecs.BOM_UTF8, "utf-8"),
])
def test_a_byte_order_mark_names_the_encoding(codec, bom, name):
    raw = bom + QUOTED.encode(codec)
    documents = decoded(raw).documents
    assert documents.select("text", "encoding", "decode_errors").row(0) == (QUOTED, name, 0)
    assert documents["char_count"][0] <= documents["byte_size"][0]


def test_utf16_with_a_broken_tail_is_kept_with_its_error_counted():
    raw = codecs.BOM_UTF16_LE + QUOTED.encode("utf-16-le") + b"\x00"  # odd byte count
    documents, _, warnings, _, _ = decoded(raw)
    assert documents["decode_errors"][0] == 1 and documents["text"][0] == QUOTED + "\ufffd"
    assert warnings["detail"][0] == "1 invalid UTF-16 byte sequence replaced with U+FFFD"


def test_nul_bytes_without_a_bom_are_still_binary():
    assert decode_text(b"abc\x00def")[3] == "binary file (NUL bytes)"
