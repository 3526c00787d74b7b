"""Make the report's PDF with LibreOffice headless, in bounded time, leaving nothing behind.

The only module that starts LibreOffice. It runs in a process group of its own, so on a
timeout or Ctrl-C the whole group (soffice, soffice.bin, the UNO helper) is ended, and its
profile lives in a temporary folder of ours that is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .. import messages
from ..files import write_atomically
from ..problems import VplanError

# Tagged and PDF/UA-1 (LibreOffice 7.2 and later): the same options as _uno_pdf.py's FilterData.
PDF_FILTER = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"PDFUACompliance":{"type":"boolean","value":"true"}}')
UNO_SCRIPT = Path(__file__).with_name("_uno_pdf.py")
# Measured on a busy 2-core machine: the example report (22 pages, 0.31 MB of document.xml)
# converts in 3-8 s, a report of 1 000 workbooks (820 pages, 15.6 MB) in 88 s with
# --convert-to and 143-203 s through UNO: a few seconds to start and 6-13 s per MB. Allowing
# 2.5 to 5 times that keeps a long report from being cut off on a busy machine, and ends a
# hang on an ordinary report within a minute (the example: 50 s).
TIMEOUT_BASE = 40  # seconds
TIMEOUT_PER_MB = 30  # seconds per MB (10**6 bytes) of word/document.xml
STOP_GRACE = 5  # seconds between SIGTERM and SIGKILL


def pdf_timeout(docx: Path) -> int:
    """Seconds LibreOffice may take for this report, growing with its size."""
    with zipfile.ZipFile(docx) as archive:
        size = archive.getinfo("word/document.xml").file_size
    return math.ceil(TIMEOUT_BASE + TIMEOUT_PER_MB * size / 1_000_000)


def convert_to_pdf(docx: Path, timeout: float | None = None) -> Path:
    """A tagged PDF/UA beside the report, made by LibreOffice headless within timeout seconds.

    With LibreOffice's Python (the uno module) the table of contents is updated first;
    without it the PDF is made by `soffice --convert-to` and keeps the contents as saved.
    The timeout defaults to pdf_timeout(docx).
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise VplanError(messages.LIBREOFFICE_MISSING)
    pdf = docx.with_suffix(".pdf")
    seconds = pdf_timeout(docx) if timeout is None else timeout
    uno_python = _uno_python(Path(soffice))
    with tempfile.TemporaryDirectory(prefix="vplan-pdf-") as work:
        made = Path(work, pdf.name)
        profile = Path(work, "profile").as_uri()  # a profile of its own: parallel runs do not collide
        if uno_python:
            command = [uno_python, str(UNO_SCRIPT), soffice, str(docx), str(made), profile]
        else:
            command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                       "--convert-to", PDF_FILTER, "--outdir", work, str(docx)]
        code, stderr = _run(command, seconds, work)
        if code is None:
            detail = messages.PDF_TIMEOUT.format(duration=messages.seconds(seconds), longer=2 * math.ceil(seconds))
        elif not made.exists():
            detail = messages.PDF_NO_FILE.format(code=code)
        else:
            write_atomically(lambda path: shutil.copyfile(made, path), pdf)
            return pdf
    message = messages.PDF_FAILED.format(path=pdf, detail=detail) + (messages.PDF_SEE_OUTPUT if stderr else "")
    raise VplanError(message, detail=stderr)


def _run(command: list[str], timeout: float, work: str) -> tuple[int | None, str]:
    """Run LibreOffice in a process group of its own: its exit code (None on timeout) and standard error.

    On timeout or Ctrl-C the whole group is ended. LibreOffice's own temporary files go into
    work, where an ended LibreOffice cannot leave them behind.
    """
    environment = {**os.environ, "TMPDIR": work, "TMP": work, "TEMP": work}  # TMP, TEMP: Windows
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True, env=environment)
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, _text(_stop(process))
    except BaseException:  # Ctrl-C: LibreOffice, in its own group, did not get the signal
        _stop(process)
        raise
    return process.returncode, _text(stderr)


def _stop(process: subprocess.Popen[bytes]) -> bytes:
    """End the process group: SIGTERM, then SIGKILL to whatever is left after a short grace.

    The group's processes share the standard error pipe, so its end means they are all gone.
    Returns what they wrote to it.
    """
    if os.name == "nt":  # no process groups to signal: end the process tree
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
        return process.communicate()[1]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)  # the group id stays ours while the leader is unreaped
        try:
            return process.communicate(timeout=STOP_GRACE)[1]
        except subprocess.TimeoutExpired:
            continue
    process.wait()  # whatever still holds the pipe has left the group
    return b""


def _text(stderr: bytes | None) -> str:
    return (stderr or b"").decode(errors="replace").strip()


def _uno_python(soffice: Path) -> str | None:
    """A Python that can import LibreOffice's uno module: LibreOffice's own, or the system's."""
    program = soffice.resolve().parent
    for candidate in (program / "python", program / "python.exe", Path("/usr/bin/python3")):
        if candidate.exists():
            probe = subprocess.run([str(candidate), "-c", "import uno"], capture_output=True, check=False)
            if probe.returncode == 0:
                return str(candidate)
    return None
