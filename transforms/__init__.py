"""Pure polars transforms: each stage takes frames and returns frames, no I/O.

`make` compiles the extractor packages (``quotes``, ``figures``) with mypyc into
``build/native/transforms`` (faster; same rows). That directory is put first on this package's path
only while every ``transforms/**/*.py`` still hashes to the sources it was built from, so
an edited module is never shadowed by a stale build. ``WIREHOUSE_NATIVE=0`` forces
pure Python.
"""

import hashlib
import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_NATIVE = _HERE.parent / "build" / "native"


def _native_build_is_current() -> bool:
    try:
        recorded = (_NATIVE / "sources.sha256").read_text().split()
    except OSError:
        return False
    digests = dict(zip(recorded[1::2], recorded[0::2]))  # "transforms/quotes/marks.py" -> sha256
    sources = {f"transforms/{source.relative_to(_HERE).as_posix()}": source for source in _HERE.rglob("*.py")}
    return bool(digests) and digests.keys() == sources.keys() and all(
        digests[name] == hashlib.sha256(source.read_bytes()).hexdigest() for name, source in sources.items()
    )


NATIVE = os.environ.get("WIREHOUSE_NATIVE", "1") != "0" and _native_build_is_current()
if NATIVE:
    __path__.insert(0, str(_NATIVE / "transforms"))  # noqa: F821 (the package's own __path__)
