"""Write output files atomically, with the permissions an ordinary new file would get."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import messages
from .problems import VplanError


def write_atomically(save: Callable[[str], object], out: Path) -> Path:
    """Let save write a temporary file beside out, then replace out in one step.

    A reader never sees half a file, and a failed write leaves the old file in place.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".~vplan-", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    try:
        save(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes files private to their owner
        os.replace(temporary, out)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise VplanError(messages.OUTPUT_NOT_WRITABLE.format(path=out, reason=messages.os_reason(error))) from None
    return out


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
