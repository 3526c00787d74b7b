"""Check an .xlsx file before any Excel library parses it, and collect what they cannot see.

Everything here runs on the zip's directory and on size-bounded XML parts, so a hostile
file (zip bomb, entity expansion, a sheet with values a million rows down) is refused
quickly and with bounded memory. The same pass records what python-calamine does not
report: formulas without a cached value, percent-formatted cells and external links.
Limits follow Apache POI's defaults where it has one.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from defusedxml import ElementTree

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_PART_BYTES = 25 * 1024 * 1024  # inflated size of one part
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # inflated size of all parts together
MAX_RATIO = 100  # inflation ratio, checked once a part is past RATIO_FROM bytes
RATIO_FROM = 100 * 1024
MAX_VALUE_ROW = 10_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
MACRO_CONTENT_TYPE = b"macroEnabled"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
ATTRIBUTE = re.compile(rb'\b(r|s|t)="([^"]*)"')
REF = re.compile(rb"([A-Z]{1,3})([0-9]+)")
HAS_VALUE = re.compile(rb"<v>[^<]|<is>")
HAS_FORMULA = re.compile(rb"<f[\s>/]")
PERCENT_FORMATS = {9, 10}


class Refused(Exception):
    """The file cannot be read; carries a problem code and its message parameters."""

    def __init__(self, code: str, sheet: str | None = None, cell: str | None = None, **params: str):
        super().__init__(code)
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.params = params


@dataclass
class SheetFacts:
    uncached_formulas: list[str] = field(default_factory=list)  # A1 references
    percent_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 0-based


@dataclass
class CheckedWorkbook:
    data: bytes
    sheets: dict[str, SheetFacts]
    external_links: list[str]


def inspect(data: bytes) -> CheckedWorkbook:
    """Check a workbook's bytes; raise Refused with the reason, or return its facts."""
    if not data:
        raise Refused("fil-tom")
    if len(data) > MAX_FILE_BYTES:
        raise Refused("fil-for-stor", detail=f"{len(data) // (1024 * 1024)} MB")
    if data.startswith(OLE_MAGIC):
        raise Refused("fil-krypterad" if ENCRYPTED_MARK in data else "fil-xls")
    if not data.startswith(ZIP_MAGIC):
        raise Refused("fil-text" if _looks_like_text(data[:4096]) else "fil-skadad", detail="okänt filformat")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return _inspect_archive(archive, data)
    except Refused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, OSError, NotImplementedError) as error:
        raise Refused("fil-skadad", detail=_describe(error)) from None
    except ElementTree.ParseError:
        raise Refused("fil-skadad", detail="felaktig XML") from None


def _inspect_archive(archive: zipfile.ZipFile, data: bytes) -> CheckedWorkbook:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise Refused("fil-for-stor", detail=f"{len(entries)} delar")
    names = [entry.filename for entry in entries]
    duplicates = sorted({name for name in names if names.count(name) > 1}) if len(set(names)) != len(names) else []
    if duplicates:
        raise Refused("fil-dubbla-delar", detail=duplicates[0])
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio_exceeded = entry.file_size > RATIO_FROM and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
        if entry.file_size > MAX_PART_BYTES or ratio_exceeded:
            raise Refused("fil-for-stor", detail=f"{entry.filename} packar upp till {_megabytes(entry.file_size)}")
    if total > MAX_TOTAL_BYTES:
        raise Refused("fil-for-stor", detail=f"packar upp till {_megabytes(total)}")

    present = set(names)
    if "mimetype" in present and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
        raise Refused("fil-ods")
    if "word/document.xml" in present:
        raise Refused("fil-word")
    if "xl/workbook.xml" not in present:
        raise Refused("fil-skadad", detail="arbetsboksdelen saknas")
    if "xl/vbaProject.bin" in present or MACRO_CONTENT_TYPE in _part(archive, "[Content_Types].xml"):
        raise Refused("fil-makro")
    for name in names:
        if name.endswith((".xml", ".rels")) and b"<!DOCTYPE" in _part(archive, name):
            raise Refused("fil-dtd")

    workbook_xml = _part(archive, "xl/workbook.xml")
    if STRICT_NAMESPACE in workbook_xml:
        raise Refused("fil-strikt")
    percent_styles = _percent_styles(_part(archive, "xl/styles.xml")) if "xl/styles.xml" in present else set()
    sheets = {}
    for name, path in _sheet_parts(archive, workbook_xml).items():
        if path in present:
            try:
                sheets[name] = _scan_sheet(_part(archive, path), percent_styles)
            except Refused as refused:
                refused.sheet = name
                raise
    links = sorted(name for name in names if name.startswith("xl/externalLinks/") and name.endswith(".xml"))
    return CheckedWorkbook(data=data, sheets=sheets, external_links=links)


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        return b""


def _sheet_parts(archive: zipfile.ZipFile, workbook_xml: bytes) -> dict[str, str]:
    """Sheet name -> zip path of its XML, through the workbook's relationships."""
    targets = {}
    rels = _part(archive, "xl/_rels/workbook.xml.rels")
    if rels:
        for rel in ElementTree.fromstring(rels).iter(f"{PACKAGE_REL}Relationship"):
            target = rel.get("Target", "")
            targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    sheets = {}
    for sheet in ElementTree.fromstring(workbook_xml).iter(f"{MAIN}sheet"):
        path = targets.get(sheet.get(f"{REL}id"))
        if path:
            sheets[sheet.get("name", "")] = path
    return sheets


def _percent_styles(styles_xml: bytes) -> set[int]:
    """Indexes of cell styles whose number format shows a percentage."""
    root = ElementTree.fromstring(styles_xml)
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
        for fmt in root.iter(f"{MAIN}numFmt")
    }
    percent = set()
    cell_xfs = root.find(f"{MAIN}cellXfs")
    for index, xf in enumerate(cell_xfs if cell_xfs is not None else []):
        number_format = int(xf.get("numFmtId", "0"))
        if number_format in PERCENT_FORMATS or "%" in custom.get(number_format, "").replace('"%"', "").replace("\\%", ""):
            percent.add(index)
    return percent


def _scan_sheet(xml: bytes, percent_styles: set[int]) -> SheetFacts:
    facts = SheetFacts()
    for match in CELL.finditer(xml):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        reference = attributes.get(b"r")
        body = match.group(2) or b""
        if reference is None or not body:
            continue
        has_value = HAS_VALUE.search(body) is not None
        if HAS_FORMULA.search(body) and not has_value:
            facts.uncached_formulas.append(reference.decode())
        if not has_value:
            continue
        column, row = _split_reference(reference)
        if row > MAX_VALUE_ROW:
            raise Refused("rader-for-langt-ner", cell=reference.decode(), row=str(row))
        style = attributes.get(b"s")
        if style and int(style) in percent_styles and attributes.get(b"t", b"n") == b"n":
            facts.percent_cells.add((row - 1, column))
    return facts


def _split_reference(reference: bytes) -> tuple[int, int]:
    """b'H7' -> (column index 7, row 7): column 0-based, row 1-based."""
    match = REF.fullmatch(reference)
    if not match:
        return 0, 0
    column = 0
    for letter in match.group(1):
        column = column * 26 + letter - 64
    return column - 1, int(match.group(2))


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = head.decode("cp1252", errors="replace")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return bool(text) and printable / len(text) > 0.95


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} kB"


def _describe(error: Exception) -> str:
    if isinstance(error, zlib.error):
        return "komprimerade data är trasiga"
    if isinstance(error, zipfile.BadZipFile):
        return "zip-strukturen är trasig"
    return type(error).__name__
