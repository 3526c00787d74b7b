"""Make the report's PDF through LibreOffice's UNO API, with the table of contents updated.

Not imported by vplan: report.pdf.convert_to_pdf runs this file with a Python that has
LibreOffice's `uno` module (Debian's python3 with python3-uno, or LibreOffice's own).
`soffice --convert-to` cannot update indexes, so the document is opened, its indexes
updated, and exported as tagged PDF/UA. LibreOffice runs with the profile PROFILE (a file: URL)
that the caller owns and removes, even when it has to kill this script.

    python3 _uno_pdf.py SOFFICE REPORT.docx REPORT.pdf PROFILE
"""

import contextlib
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

START_TRIES = 300  # x 0.1 s: LibreOffice's first start with a new profile can take a while


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(soffice, source, target, profile):
    pipe = f"vplan{os.getpid()}"
    office = subprocess.Popen([soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible",
                               "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(START_TRIES):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # noqa: BLE001 - UNO raises its own kinds until LibreOffice listens
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice startade inte")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                                (prop("Hidden", True),))
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        filter_data = uno.Any("[]com.sun.star.beans.PropertyValue",
                              (prop("UseTaggedPDF", True), prop("PDFUACompliance", True)))
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                            (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data)))
        document.close(True)
        with contextlib.suppress(Exception):  # LibreOffice may go away while it is told to
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


if __name__ == "__main__":
    main(*sys.argv[1:5])
