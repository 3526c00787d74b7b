"""Make the report's PDF with LibreOffice headless.

The only module that starts LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import messages
from ..files import write_atomically
from ..problems import VplanError

PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
SOFFICE_TIMEOUT = 300  # seconds; soffice has no timeout of its own


def convert_to_pdf(docx: Path) -> Path:
    """A tagged PDF beside the report, made by LibreOffice headless.

    With LibreOffice's Python (the uno module) the table of contents is updated first;
    without it the PDF is made by `soffice --convert-to` and keeps the contents as saved.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise VplanError(messages.LIBREOFFICE_MISSING)
    pdf = docx.with_suffix(".pdf")
    uno_python = _uno_python(Path(soffice))
    with tempfile.TemporaryDirectory(prefix="vplan-pdf-") as work:
        made = Path(work, pdf.name)
        if uno_python:
            command = [uno_python, str(Path(__file__).with_name("_uno_pdf.py")), soffice, str(docx), str(made)]
        else:
            profile = Path(work, "profile").as_uri()  # a profile of its own: parallel runs do not collide
            command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                       "--convert-to", PDF_FILTER, "--outdir", work, str(docx)]
        try:
            subprocess.run(command, capture_output=True, timeout=SOFFICE_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise VplanError(messages.PDF_FAILED.format(path=pdf, detail=messages.PDF_TIMEOUT)) from None
        if not made.exists():
            raise VplanError(messages.PDF_FAILED.format(path=pdf, detail=messages.PDF_NO_FILE))
        write_atomically(lambda path: shutil.copyfile(made, path), pdf)
    return pdf


def _uno_python(soffice: Path) -> str | None:
    """A Python that can import LibreOffice's uno module: LibreOffice's own, or the system's."""
    program = soffice.resolve().parent
    for candidate in (program / "python", program / "python.exe", Path("/usr/bin/python3")):
        if candidate.exists():
            probe = subprocess.run([str(candidate), "-c", "import uno"], capture_output=True, check=False)
            if probe.returncode == 0:
                return str(candidate)
    return None
