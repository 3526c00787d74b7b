"""Write output files atomically, with the permissions an ordinary new file would get."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import messages
from .problems import VplanError


def write_atomically(save: Callable[[str], object], out: Path) -> Path:
    """Let save write a temporary file beside out, then replace out in one step.

    A reader never sees half a file, a failed write leaves the old file in place and no
    temporary file behind, and an operating system's refusal becomes a Swedish VplanError.
    """
    temporary: str | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".~vplan-", suffix=out.suffix, dir=out.parent)
        os.close(handle)
        save(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes files private to their owner
        os.replace(temporary, out)
    except BaseException as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(error, OSError):
            raise VplanError(messages.output_not_writable(out, error)) from None
        raise
    return out


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
