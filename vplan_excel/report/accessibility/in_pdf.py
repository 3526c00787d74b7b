"""check-report for a PDF: what Poppler's pdfinfo says of it, and its structure elements.

`pdfinfo` gives the title and whether the PDF is tagged, `pdfinfo -meta` the PDF/UA mark and
`pdfinfo -struct-text` the structure tree (H1 … H6, Table, TH with its Scope, Figure, Link) with
its text. The language and the figures' alternative texts are read from the file's own catalog
and structure elements, which LibreOffice writes uncompressed. Colours are not checked in a PDF:
check the Word document it was made from.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ... import messages
from ...problems import VplanError
from .findings import Finding, finding, quoted

TIMEOUT = 120  # seconds for one pdfinfo call
ELEMENT = re.compile(r"^(\s*)([A-Za-z][\w#]*)(?: \((?:block|inline)\))?:?\s*$")
ATTRIBUTE = re.compile(r"^\s*/(\w+)\s*(.*)$")
TEXT = re.compile(r'^\s*"(.*)"?\s*$')
HEADING = re.compile(r"^H([1-6])?$")
FIGURE = re.compile(rb"/S\s*/Figure\b(.*?)endobj", re.S)
LANGUAGE = re.compile(rb"/Lang\s*\(\s*[A-Za-z]{2}")


@dataclass
class Element:
    role: str
    indent: int
    attributes: dict[str, str] = field(default_factory=dict)
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def walk(self) -> list[Element]:
        return [self] + [element for child in self.children for element in child.walk()]

    def all_text(self) -> str:
        return " ".join(" ".join(element.text for element in self.walk()).split())


def check_pdf(path: Path) -> list[Finding]:
    info = _pdfinfo(path)
    found: list[Finding] = []
    data = path.read_bytes()
    if not LANGUAGE.search(data):
        found.append(finding("sprak-saknas", messages.WHERE_DOCUMENT))
    if not re.search(r"^Title:\s*\S", info, re.M):
        found.append(finding("titel-saknas", messages.WHERE_DOCUMENT))
    if not re.search(r"^Tagged:\s*yes", info, re.M):
        return [*found, finding("pdf-ej-taggad", messages.WHERE_DOCUMENT)]
    if not re.search(r"pdfuaid:part", _pdfinfo(path, "-meta")):
        found.append(finding("pdf-ua-saknas", messages.WHERE_DOCUMENT))
    root = _tree(_pdfinfo(path, "-struct-text"))
    return found + _headings(root) + _tables(root) + _figures(root, data) + _links(root)


def _pdfinfo(path: Path, *options: str) -> str:
    program = shutil.which("pdfinfo")
    if program is None:
        raise VplanError(messages.CHECK_REPORT_NO_PDFINFO)
    try:
        result = subprocess.run([program, *options, str(path)], capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise VplanError(messages.CHECK_REPORT_UNREADABLE.format(file=path.name, kind="PDF",
                                                                 detail="pdfinfo blev inte klart")) from None
    if result.returncode != 0:
        detail = result.stderr.decode(errors="replace").strip().splitlines()
        raise VplanError(messages.CHECK_REPORT_UNREADABLE.format(
            file=path.name, kind="PDF", detail=detail[-1] if detail else f"pdfinfo gav slutkod {result.returncode}"))
    return result.stdout.decode(errors="replace")


def _tree(printed: str) -> Element:
    """pdfinfo -struct-text's indented tree as elements with attributes and text."""
    root = Element("Document", -1)
    stack = [root]
    for line in printed.splitlines():
        if not line.strip():
            continue
        if (match := ELEMENT.match(line)) and not line.strip().startswith('"'):
            indent = len(match.group(1))
            while stack[-1].indent >= indent:
                stack.pop()
            element = Element(match.group(2), indent)
            stack[-1].children.append(element)
            stack.append(element)
        elif match := ATTRIBUTE.match(line):
            stack[-1].attributes[match.group(1)] = match.group(2).strip()
        elif match := TEXT.match(line):
            stack[-1].text += " " + match.group(1).rstrip('"')
    return root


def _headings(root: Element) -> list[Finding]:
    found, previous, number = [], 0, 0
    for element in root.walk():
        match = HEADING.match(element.role)
        if not match:
            continue
        number += 1
        where = messages.WHERE_HEADING.format(number=number)
        level = int(match.group(1) or previous or 1)
        text = element.all_text()
        if not text:
            found.append(finding("rubrik-tom", where))
        elif level > previous + 1:
            found.append(finding("rubrik-hoppar", where, text=quoted(text), level=str(level), previous=str(previous),
                                 expected=str(previous + 1)))
        previous = level
    return found


def _tables(root: Element) -> list[Finding]:
    found = []
    tables = [element for element in root.walk() if element.role == "Table"]
    for number, table in enumerate(tables, 1):
        where = messages.WHERE_TABLE.format(number=number)
        header_cells = [element for element in table.walk() if element.role == "TH"]
        if not header_cells:
            text = table.all_text()
            found.append(finding("tabell-utan-rubrikrad", where,
                                 text=f' som börjar "{quoted(text, 60)}"' if text else ""))
        found += [finding("tabell-utan-scope", where, text=quoted(cell.all_text(), 40))
                  for cell in header_cells if "Scope" not in cell.attributes][:1]
    return found


def _figures(root: Element, data: bytes) -> list[Finding]:
    """Figures without /Alt or /ActualText, from the file's own structure elements where it shows them."""
    figures = [element for element in root.walk() if element.role == "Figure"]
    written = FIGURE.findall(data)
    if len(written) != len(figures):  # compressed structure elements: the file does not show them
        return []
    return [finding("bild-utan-alt", messages.WHERE_IMAGE.format(number=number), text="")
            for number, body in enumerate(written, 1)
            if not re.search(rb"/(Alt|ActualText)\s*(<[0-9A-Fa-f]{5,}|\(\s*[^)\s])", body)]


def _links(root: Element) -> list[Finding]:
    links = [element for element in root.walk() if element.role == "Link"]
    return [finding("lank-utan-text", messages.WHERE_LINK.format(number=number), text="")
            for number, link in enumerate(links, 1) if not link.all_text()]
