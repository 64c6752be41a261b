"""Decode raw file bytes into documents, or reject them with a reason.

The flow reads the bytes (I/O at the edge); this module only decides what the
bytes are. ``document_id`` is the sha256 of the raw bytes, so the same content
is recognised on every run whatever its path.
"""

import codecs
import hashlib
import re

import polars as pl

from transforms import frames

REJECTED = {"source_path": pl.String, "reason": pl.String}

# Share of control characters above which decoded text is taken for binary data.
MAX_CONTROL_SHARE = 0.05
BINARY_SNIFF_BYTES = 8192
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _decode(raw: bytes) -> tuple[str | None, str | None, str]:
    """Return (text, encoding, reason); text is None when the bytes are rejected."""
    if not raw:
        return None, None, "empty file"
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        return None, None, "binary file (NUL bytes)"
    if raw.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", raw)]
    else:
        candidates = [("utf-8", raw), ("cp1252", raw), ("latin-1", raw)]
    for encoding, data in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            return None, encoding, "no text (whitespace only)"
        controls = len(CONTROL_CHARACTERS.findall(text))
        if controls > MAX_CONTROL_SHARE * len(text):
            return None, encoding, f"binary file ({controls} control characters)"
        return text, encoding, ""
    return None, None, "undecodable text"


def decode_documents(raw_files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split ``raw_files(source_path, raw)`` into (documents, rejected).

    One Python call per file: decoding and hashing have no polars expression,
    and files are few compared with the rows derived from them.
    """
    documents, rejected = [], []
    for source_path, raw in raw_files.select("source_path", "raw").iter_rows():
        text, encoding, reason = _decode(raw)
        if text is None:
            rejected.append({"source_path": source_path, "reason": reason})
            continue
        documents.append(
            {
                "document_id": hashlib.sha256(raw).hexdigest(),
                "source_path": source_path,
                "encoding": "utf-8" if encoding == "utf-8-sig" else encoding,
                "byte_size": len(raw),
                "text": text,
            }
        )
    if not documents:
        return frames.empty(frames.DOCUMENTS), pl.DataFrame(rejected, schema=REJECTED)
    docs = pl.DataFrame(documents).with_columns(
        file_name=pl.col("source_path").str.extract(r"([^/\\]+)$"),
        char_count=pl.col("text").str.len_chars(),
    )
    # The same bytes under two paths are one document: keep the first path seen.
    docs = docs.unique("document_id", keep="first", maintain_order=True)
    return frames.conform(docs, frames.DOCUMENTS), pl.DataFrame(rejected, schema=REJECTED)
