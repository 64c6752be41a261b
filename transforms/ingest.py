"""Decode raw file bytes into documents, or reject them with a reason.

The flow reads the bytes (I/O at the edge); this module only decides what the
bytes are. ``document_id`` is the sha256 of the raw bytes, so the same content
is recognised on every run whatever its path.

Decoding, in this order:

1. A byte-order mark names the encoding: UTF-32 (LE/BE), UTF-16 (LE/BE), UTF-8.
2. Otherwise NUL bytes mean binary data (UTF-16 without a BOM is not guessed).
3. Strict UTF-8.
4. UTF-8 with some invalid byte sequences: when the file has more valid multi-byte
   UTF-8 characters than invalid sequences, it is UTF-8 with a few broken bytes,
   not another encoding. Each invalid sequence becomes U+FFFD, counted in
   ``decode_errors`` and reported as a warning (``WARNINGS``): one bad byte no
   longer turns every curly quote of the file into mojibake.
5. Otherwise the text is not UTF-8 at all: a single-byte code page (cp1252, then
   latin-1, which decodes anything).

Text that decodes to mostly control characters is rejected as binary.
"""

import codecs
import hashlib
import re
import threading
from typing import NamedTuple

import polars as pl

from transforms import frames

REJECTED = {"source_path": pl.String, "reason": pl.String, "fingerprint": pl.String}
# One row per accepted file (duplicates included): which document each path holds.
SOURCES = {"source_path": pl.String, "document_id": pl.String}
# Files that loaded with something worth knowing (invalid UTF-8 bytes replaced).
WARNINGS = {"source_path": pl.String, "document_id": pl.String, "warning": pl.String, "detail": pl.String}
REPLACED_BYTES = "invalid_bytes_replaced"

# Share of control characters above which decoded text is taken for binary data.
MAX_CONTROL_SHARE = 0.05
BINARY_SNIFF_BYTES = 8192
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Longest BOM first: the UTF-32-LE BOM begins with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)
SINGLE_BYTE_ENCODINGS = ("cp1252", "latin-1")
COUNTING_REPLACE = "wirehouse-count-and-replace"

_replaced = threading.local()  # per thread: ingest batches decode in several threads at once


def _count_and_replace(error: UnicodeDecodeError) -> tuple[str, int]:
    _replaced.count += 1
    return "\ufffd", error.end


codecs.register_error(COUNTING_REPLACE, _count_and_replace)


def decode_replacing(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with U+FFFD for each invalid sequence, and how many there were."""
    _replaced.count = 0
    text = data.decode(encoding, errors=COUNTING_REPLACE)
    return text, _replaced.count


def _non_ascii_characters(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))


def decode_text(raw: bytes) -> tuple[str | None, str | None, int, str]:
    """Return (text, encoding, decode_errors, reason); text is None when the bytes are rejected."""
    if not raw:
        return None, None, 0, "empty file"
    text, encoding, errors = _decode(raw)
    if text is None:
        return None, None, 0, "binary file (NUL bytes)"
    if not text.strip():
        return None, encoding, errors, "no text (whitespace only)"
    controls = len(CONTROL_CHARACTERS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        return None, encoding, errors, f"binary file ({controls} control characters)"
    return text, encoding, errors, ""


def _decode(raw: bytes) -> tuple[str | None, str, int]:
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            text, errors = decode_replacing(raw[len(mark):], encoding)
            return text, encoding.removesuffix("-le").removesuffix("-be"), errors
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        return None, "", 0
    try:
        return raw.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text, errors = decode_replacing(raw, "utf-8")
    if _non_ascii_characters(text) - errors > errors:
        return text, "utf-8", errors
    for encoding in SINGLE_BYTE_ENCODINGS:
        try:
            return raw.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class Decoded(NamedTuple):
    documents: pl.DataFrame  # one row per distinct content (frames.DOCUMENTS)
    sources: pl.DataFrame  # SOURCES: every accepted path with its document
    warnings: pl.DataFrame  # WARNINGS
    rejected: pl.DataFrame  # REJECTED: fingerprint is the sha256 of the bytes


def decode_documents(raw_files: pl.DataFrame) -> Decoded:
    """Split ``raw_files(source_path, raw)`` into documents, their sources, warnings and rejected files.

    ``sources`` maps every accepted path to its document, so the same bytes under
    two paths are one document and two sources. One Python call per file:
    decoding and hashing have no polars expression, and files are few compared
    with the rows derived from them.
    """
    documents, sources, warnings, rejected = [], [], [], []
    for source_path, raw in raw_files.select("source_path", "raw").iter_rows():
        document_id = content_hash(raw)
        text, encoding, errors, reason = decode_text(raw)
        if text is None:
            rejected.append({"source_path": source_path, "reason": reason, "fingerprint": document_id})
            continue
        sources.append({"source_path": source_path, "document_id": document_id})
        if errors:
            detail = f"{errors} invalid {encoding.upper()} byte sequence{'s' if errors > 1 else ''} replaced with U+FFFD"
            warnings.append({"source_path": source_path, "document_id": document_id, "warning": REPLACED_BYTES, "detail": detail})
        documents.append(
            {
                "document_id": document_id,
                "source_path": source_path,
                "encoding": encoding,
                "byte_size": len(raw),
                "text": text,
                "decode_errors": errors,
            }
        )
    sources_frame = pl.DataFrame(sources, schema=SOURCES)
    warnings_frame = pl.DataFrame(warnings, schema=WARNINGS)
    rejected_frame = pl.DataFrame(rejected, schema=REJECTED)
    if not documents:
        return Decoded(frames.empty(frames.DOCUMENTS), sources_frame, warnings_frame, rejected_frame)
    docs = pl.DataFrame(documents).with_columns(
        file_name=pl.col("source_path").str.extract(r"([^/\\]+)$"),
        char_count=pl.col("text").str.len_chars(),
    )
    # The same bytes under two paths are one document: keep the first path seen.
    docs = docs.unique("document_id", keep="first", maintain_order=True)
    return Decoded(frames.conform(docs, frames.DOCUMENTS), sources_frame, warnings_frame, rejected_frame)
