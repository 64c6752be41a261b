"""Pure polars transforms: each stage takes frames and returns frames, no I/O.

`make` compiles the extractor packages (``quotes``, ``figures``) with mypyc into
``build/native/transforms`` (faster; same rows). That directory is put first on this package's path
only while every ``transforms/**/*.py`` still hashes to the sources it was built from, so
an edited module is never shadowed by a stale build. ``WIREHOUSE_NATIVE=0`` forces
pure Python.

``RULES_VERSION`` names the extraction rules these sources are: each run records it, so
rows derived by other rules can be found and re-derived (``--full-refresh``).
"""

import hashlib
import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_NATIVE = _HERE.parent / "build" / "native"


def _source_digests() -> dict[str, str]:
    """sha256 of every ``transforms/**/*.py``, by its path from the project root."""
    return {
        f"transforms/{source.relative_to(_HERE).as_posix()}": hashlib.sha256(source.read_bytes()).hexdigest()
        for source in sorted(_HERE.rglob("*.py"))
    }


def _native_build_is_current(sources: dict[str, str]) -> bool:
    try:
        recorded = (_NATIVE / "sources.sha256").read_text().split()
    except OSError:
        return False
    built = dict(zip(recorded[1::2], recorded[0::2]))  # "transforms/quotes/marks.py" -> sha256
    return bool(built) and built == sources


_SOURCES = _source_digests()
RULES_VERSION = hashlib.sha256("".join(f"{name} {digest}\n" for name, digest in _SOURCES.items()).encode()).hexdigest()[:12]
NATIVE = os.environ.get("WIREHOUSE_NATIVE", "1") != "0" and _native_build_is_current(_SOURCES)
if NATIVE:
    __path__.insert(0, str(_NATIVE / "transforms"))  # noqa: F821 (the package's own __path__)
