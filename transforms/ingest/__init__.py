"""Input bytes to documents: text files, web pages and record files.

The flow reads the bytes and what comes with them from outside the content (a
text file's sidecar, a feed entry); this package decides what they are:

- ``decoding``: the bytes of a text file to text (BOMs, broken UTF-8, code pages);
- ``html``: a page's article text and metadata (trafilatura, htmldate);
- ``records``: JSON Lines, CSV and Parquet, one document per record;
- ``feeds``: an RSS or Atom feed's entries (the flow fetches their pages);
- ``dates`` and ``context``: the context columns (title, date with its precision,
  URL, outlet, author, language), cleaned and merged.

Identity. A file's fingerprint is the sha256 of its bytes, or, when context
comes with it from outside (a sidecar, a feed entry) or a record mapping reads
it, of its bytes and that context: the same bytes read the same way are
recognised on every run whatever their path. A file that is one document (text,
a page) has its fingerprint as ``document_id``; a record's ``document_id`` is
the sha256 of its text and context, so the same article in two files is one
document.
"""

import gzip
import hashlib
import json
from typing import NamedTuple

import polars as pl

from transforms import frames
from transforms.ingest import context, html, records
from transforms.ingest.decoding import decode_text

INPUT_FORMATS = ("text", "html", "jsonl", "csv", "parquet", "feed")
# One row per file read: its bytes, its format, and the context given from outside it (JSON, or null).
RAW_FILES = {"source_path": pl.String, "raw": pl.Binary, "input_format": pl.String, "given": pl.String}
REJECTED = {"source_path": pl.String, "reason": pl.String, "fingerprint": pl.String}
# One row per accepted file or record (duplicates included): which document each holds.
SOURCES = {"source_path": pl.String, "record": pl.Int64, "document_id": pl.String, "file_fingerprint": pl.String}
# Files that loaded with something worth knowing.
WARNINGS = {"source_path": pl.String, "document_id": pl.String, "warning": pl.String, "detail": pl.String}
# A page's file bytes (gzip-compressed) and its given context: a full refresh extracts it again.
ORIGINALS = {"document_id": pl.String, "input_format": pl.String, "content": pl.Binary, "given": pl.String}
REPLACED_BYTES = "invalid_bytes_replaced"
UNREADABLE_DATE = "unreadable_date"
BYTES_LIMIT = 256_000_000  # the default of WIREHOUSE_MAX_FILE_BYTES


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def file_fingerprint(raw: bytes, extra: str | None = None) -> str:
    """sha256 of the bytes, and of ``extra`` (given context or a mapping, as canonical JSON) when there is any."""
    return content_hash(raw if not extra else raw + b"\0" + extra.encode())


class Decoded(NamedTuple):
    documents: pl.DataFrame  # one row per distinct content (frames.DOCUMENTS)
    sources: pl.DataFrame  # SOURCES: every accepted file or record with its document
    warnings: pl.DataFrame  # WARNINGS
    rejected: pl.DataFrame  # REJECTED: fingerprint is the file's
    originals: pl.DataFrame  # ORIGINALS: the pages' bytes


class _Batch:
    """The rows of one batch as they are decoded."""

    def __init__(self):
        self.documents, self.sources, self.warnings, self.rejected, self.originals = [], [], [], [], []

    def reject(self, path: str, reason: str, fingerprint: str) -> None:
        self.rejected.append({"source_path": path, "reason": reason, "fingerprint": fingerprint})

    def add(self, path, record, fingerprint, document_id, text, built: context.Context, **columns) -> None:
        self.sources.append({"source_path": path, "record": record, "document_id": document_id, "file_fingerprint": fingerprint})
        if built.date_problem:
            where = f"{records.record_unit(columns['input_format'])} {record}: " if record else ""
            self.warnings.append({"source_path": path, "document_id": document_id, "warning": UNREADABLE_DATE, "detail": where + built.date_problem})
        self.documents.append({"document_id": document_id, "source_path": path, "text": text, **built.values, **columns})


def decode_documents(raw_files: pl.DataFrame, mapping: dict[str, str] | None = None, bytes_limit: int = BYTES_LIMIT) -> Decoded:
    """Split ``raw_files`` (``RAW_FILES``; format and given context optional) into documents and the rest.

    ``mapping`` overrides the record columns (``{"text": "article_body"}``).
    ``bytes_limit`` bounds what compressed inputs expand to (a gzipped page's HTML, a
    Parquet file's data): past it the file is rejected, as a larger file is. One
    Python call per file or record: decoding, extraction and hashing have no polars
    expression, and inputs are few compared with the rows derived from them.
    """
    columns = raw_files.columns
    record_mapping = records.mapping_with(mapping)
    mapping_json = json.dumps(record_mapping, sort_keys=True)
    batch = _Batch()
    for row in raw_files.iter_rows(named=True):
        input_format = row["input_format"] if "input_format" in columns and row["input_format"] else "text"
        given_json = row["given"] if "given" in columns else None
        given = json.loads(given_json) if given_json else {}
        raw, path = row["raw"], row["source_path"]
        if input_format in records.FORMATS:
            _add_records(batch, path, raw, input_format, record_mapping, file_fingerprint(raw, mapping_json), bytes_limit)
        elif input_format == "html":
            _add_page(batch, path, raw, given, given_json, bytes_limit)
        elif input_format == "text":
            _add_text(batch, path, raw, given, given_json)
        else:
            batch.reject(path, f"a {input_format} input is not read as a document", file_fingerprint(raw))
    return _frames(batch)


def _add_text(batch: _Batch, path: str, raw: bytes, given: dict, given_json: str | None) -> None:
    document_id = file_fingerprint(raw, given_json)
    text, encoding, errors, reason = decode_text(raw)
    if text is None:
        batch.reject(path, reason, document_id)
        return
    if errors:
        detail = f"{errors} invalid {encoding.upper()} byte sequence{'s' if errors > 1 else ''} replaced with U+FFFD"
        batch.warnings.append({"source_path": path, "document_id": document_id, "warning": REPLACED_BYTES, "detail": detail})
    batch.add(path, None, document_id, document_id, text, context.build(given),
              encoding=encoding, byte_size=len(raw), decode_errors=errors, input_format="text")


def _add_page(batch: _Batch, path: str, raw: bytes, given: dict, given_json: str | None, limit: int) -> None:
    document_id = file_fingerprint(raw, given_json)
    page = html.read_page(raw, limit)
    if page.text is None:
        batch.reject(path, page.reason, document_id)
        return
    batch.add(path, None, document_id, document_id, page.text, context.build(given, page.fields),
              encoding="utf-8", byte_size=max(page.html_bytes, len(page.text.encode())), decode_errors=0, input_format="html")
    batch.originals.append({"document_id": document_id, "input_format": "html", "content": gzip.compress(raw, 6), "given": given_json})


def _add_records(batch: _Batch, path: str, raw: bytes, input_format: str, mapping: dict, fingerprint: str, limit: int) -> None:
    try:
        found = records.read_records(raw, input_format, mapping, limit)
    except records.RecordFileError as error:
        batch.reject(path, str(error), fingerprint)
        return
    if not found:
        batch.reject(path, f"no records in the {input_format.upper()} file", fingerprint)
        return
    for record in found:
        if record.fields is None:
            batch.reject(path, record.reason, fingerprint)
            continue
        text = str(record.fields["text"])
        built = context.build({field: value for field, value in record.fields.items() if field != "text"})
        canonical = context.canonical({"text": text, **built.values})
        batch.add(path, record.number, fingerprint, content_hash(canonical.encode()), text, built,
                  encoding="utf-8", byte_size=len(canonical.encode()), decode_errors=0, input_format=input_format)


def _frames(batch: _Batch) -> Decoded:
    sources = pl.DataFrame(batch.sources, schema=SOURCES)
    warnings = pl.DataFrame(batch.warnings, schema=WARNINGS)
    rejected = pl.DataFrame(batch.rejected, schema=REJECTED)
    originals = pl.DataFrame(batch.originals, schema=ORIGINALS).unique("document_id", keep="first", maintain_order=True)
    if not batch.documents:
        return Decoded(frames.empty(frames.DOCUMENTS), sources, warnings, rejected, originals)
    schema = {**{name: frames.DOCUMENTS[name] for name in ("document_id", "source_path", "text", "encoding", "byte_size", "decode_errors", "input_format")}, **context.COLUMNS}
    docs = pl.DataFrame(batch.documents, schema=schema).with_columns(
        file_name=pl.col("source_path").str.extract(r"([^/\\]+)$"),
        char_count=pl.col("text").str.len_chars(),
    )
    # The same content under two paths (or in two records) is one document: keep the first seen.
    docs = docs.unique("document_id", keep="first", maintain_order=True)
    return Decoded(frames.conform(docs, frames.DOCUMENTS), sources, warnings, rejected, originals)
