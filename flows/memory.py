"""Hand freed heap memory back to the operating system between batches.

glibc keeps what Python frees in its arenas: without a trim, each process of a
run keeps its high-water mark for the rest of the run, and the next batch or the
load adds to it, so peak memory would creep up with the size of the run.
"""

import ctypes
import ctypes.util
import gc

_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
_MALLOC_TRIM = getattr(_LIBC, "malloc_trim", None)  # glibc only


def release_freed_memory() -> None:
    gc.collect()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def freeze_imported_objects() -> None:
    """Leave what is alive now (mostly imported modules: Prefect, GX, polars) out of every later collection.

    A full collection walks every tracked object: with GX loaded, the one in
    ``release_freed_memory`` took 0.23 s per batch in the validation process.
    Frozen, the modules' objects are never walked again, and are never freed,
    which they would not be anyway.
    """
    gc.collect()
    gc.freeze()
