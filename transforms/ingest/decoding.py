"""Decode the raw bytes of a text file into text, or say why they are no text.

Decoding, in this order:

1. A byte-order mark names the encoding: UTF-32 (LE/BE), UTF-16 (LE/BE), UTF-8.
2. Otherwise NUL bytes mean binary data (UTF-16 without a BOM is not guessed).
3. Strict UTF-8.
4. UTF-8 with some invalid byte sequences: when the file has more valid multi-byte
   UTF-8 characters than invalid sequences, it is UTF-8 with a few broken bytes,
   not another encoding. Each invalid sequence becomes U+FFFD, counted in
   ``decode_errors`` and reported as a file warning: one bad byte no
   longer turns every curly quote of the file into mojibake.
5. Otherwise the text is not UTF-8 at all: a single-byte code page (cp1252, then
   latin-1, which decodes anything).

Text that decodes to mostly control characters is rejected as binary.
"""

import codecs
import re
import threading

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
