"""Record files: JSON Lines, CSV and Parquet with one article per record.

A mapping names, for each document field, the record columns that may hold it;
the first column present with a value wins. The defaults cover the usual names
(``text``/``content``/``body``, ``title``/``headline``, ``published_at``/``date``,
``url``, ``source``/``outlet``/``domain``, ``author``, ``language``/``lang``); a
user's ``text=article_body`` puts its column first. A record without text is
rejected with its line (JSON Lines) or row (CSV, Parquet) number; the rest of
the file loads. A CSV or Parquet file with no text column at all is rejected
whole, once (not once per row), naming the columns it has. A Parquet file whose
data would decompress past the byte bound (its metadata's uncompressed size) is
rejected before it is read: a few kilobytes can hold gigabytes of text.

Records are numbered from 1: JSON Lines by line (blank lines count, so the number
is the file's line), CSV by data row (the header is not a row), Parquet by row.
"""

import io
import json
from typing import NamedTuple

import polars as pl

FORMATS = ("jsonl", "csv", "parquet")
DEFAULT_MAPPING: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "title": ("title", "headline"),
    "published_at": ("published_at", "date"),
    "url": ("url",),
    "outlet": ("source", "outlet", "domain"),
    "author": ("author",),
    "language": ("language", "lang"),
}
# Nested values as news APIs give them: {"source": {"name": "…"}}.
NAME_KEYS = ("name", "title")


class RecordFileError(ValueError):
    """The file cannot be read as its format at all (the whole file is rejected)."""


class Record(NamedTuple):
    number: int  # line (JSON Lines) or row (CSV, Parquet), from 1
    fields: dict | None  # text and the context fields, None when rejected
    reason: str  # why the record was rejected


def mapping_with(overrides: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The default mapping with each override's column tried first (``{"text": "article_body"}``)."""
    unknown = set(overrides or {}) - set(DEFAULT_MAPPING)
    if unknown:
        raise ValueError(f"cannot map {', '.join(sorted(unknown))}: the fields are {', '.join(DEFAULT_MAPPING)}")
    return {field: ((overrides or {})[field], *columns) if field in (overrides or {}) else columns for field, columns in DEFAULT_MAPPING.items()}


def read_records(raw: bytes, input_format: str, mapping: dict[str, tuple[str, ...]], max_bytes: int | None = None) -> list[Record]:
    """Every record of the file, mapped; ``RecordFileError`` when the file is not of its format,
    has no text column, or (Parquet) holds more than ``max_bytes`` of data uncompressed."""
    if input_format == "jsonl":
        rows = _json_lines(raw)
    else:
        table = _table(raw, input_format, max_bytes)
        if not any(column in table.columns for column in mapping["text"]):
            raise RecordFileError(
                f"no text column (looked for {', '.join(mapping['text'])}; the {input_format.upper()} file has "
                f"{', '.join(table.columns[:12]) or 'no columns'}{', …' if len(table.columns) > 12 else ''})"
            )
        rows = enumerate(table.iter_rows(named=True), start=1)
    unit = record_unit(input_format)
    return [_mapped(f"{unit} {number}", number, row, mapping) if isinstance(row, dict) else Record(number, None, row) for number, row in rows]


def record_unit(input_format: str) -> str:
    """What a record number counts in this format: a JSON Lines file's lines, a table's rows."""
    return "line" if input_format == "jsonl" else "row"


def _json_lines(raw: bytes):
    """(line number, object) per non-blank line; a line that is no JSON object gives its reason instead."""
    for number, line in enumerate(raw.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as error:
            yield number, f"line {number}: not JSON ({str(error).split(':')[0]})"
            continue
        yield number, value if isinstance(value, dict) else f"line {number}: not a JSON object"


def _table(raw: bytes, input_format: str, max_bytes: int | None) -> pl.DataFrame:
    try:
        if input_format == "csv":
            return pl.read_csv(io.BytesIO(raw), infer_schema=False, encoding="utf8-lossy")
        size = _parquet_data_bytes(raw)
        if max_bytes is not None and size > max_bytes:
            raise RecordFileError(f"Parquet data of {size:,} bytes uncompressed, more than the {max_bytes:,} of WIREHOUSE_MAX_FILE_BYTES")
        return pl.read_parquet(io.BytesIO(raw))
    except RecordFileError:
        raise
    except Exception as error:  # noqa: BLE001 - polars and pyarrow raise many kinds for a damaged file
        raise RecordFileError(f"not a readable {input_format.upper()} file ({str(error).splitlines()[0][:120]})") from None


def _parquet_data_bytes(raw: bytes) -> int:
    """The uncompressed size of a Parquet file's data, as its footer states it."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(io.BytesIO(raw)).metadata
    return sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))


def _value(value):
    if isinstance(value, dict):
        return next((value[key] for key in NAME_KEYS if value.get(key)), None)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _mapped(where: str, number: int, row: dict, mapping: dict[str, tuple[str, ...]]) -> Record:
    fields = {field: next((_value(row[c]) for c in columns if c in row and _value(row[c]) is not None), None) for field, columns in mapping.items()}
    if not isinstance(fields["text"], str) or not fields["text"].strip():
        return Record(number, None, f"{where}: no text (looked for {', '.join(mapping['text'])})")
    return Record(number, fields, "")
