"""Python's cyclic garbage collector, paused while vplan builds its many objects.

Reading thousands of workbooks and rendering their report makes millions of objects and
hardly any reference cycles; each of the collector's full passes looks at all of them
(at 10 000 workbooks, seconds in all). Refcounting still frees everything as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside, as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
