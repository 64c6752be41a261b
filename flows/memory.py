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
