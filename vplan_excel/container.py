"""Check an .xlsx file before any Excel library parses it, and collect what they cannot see.

Everything here runs on the zip's directory and on size-bounded XML parts, so a hostile
file (zip bomb, entity expansion, a sheet with values a million rows down) is refused
quickly and with bounded memory. The same pass records what python-calamine does not
report: formulas without a cached value, percent-formatted cells and external links.
Limits follow Apache POI's defaults where it has one.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field

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
HEAD_BYTES = 64 * 1024  # the root element of any real part starts long before this

# The few facts needed from workbook.xml, its relationships and styles.xml are taken with
# regular expressions on bytes: no XML parser ever sees a part before it passed the checks.
TAG = re.compile(rb"<(?:\w+:)?(sheet|Relationship|numFmt|xf|cellXfs|/cellXfs)\b([^>]*)>")
ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
ROOT_START = re.compile(rb"<[A-Za-z_]")
LAST_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
HAS_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is>")
REF = re.compile(rb"([A-Z]{1,3})([0-9]+)")
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


def inspect(data: bytes, wanted: Collection[str]) -> CheckedWorkbook:
    """Check a workbook's bytes; raise Refused with the reason, or return its facts.

    Only the sheets named in wanted are scanned: those are the ones that will be parsed.
    """
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
        return _inspect_archive(archive, data, wanted)
    except Refused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, OSError, NotImplementedError) as error:
        raise Refused("fil-skadad", detail=_describe(error)) from None


def _inspect_archive(archive: zipfile.ZipFile, data: bytes, wanted: Collection[str]) -> CheckedWorkbook:
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
    workbook_xml = _xml_part(archive, "xl/workbook.xml")
    if STRICT_NAMESPACE in workbook_xml:
        raise Refused("fil-strikt")
    sheet_paths = {
        name: path for name, path in _sheet_parts(archive, workbook_xml).items() if path in present and name in wanted
    }
    whole = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", *sheet_paths.values()}
    for name in names:
        if name.endswith((".xml", ".rels")) and name not in whole and _has_doctype(archive, name):
            raise Refused("fil-dtd")
    percent_styles = _percent_styles(_xml_part(archive, "xl/styles.xml")) if "xl/styles.xml" in present else set()
    sheets = {}
    for name, path in sheet_paths.items():
        try:
            sheets[name] = _scan_sheet(_xml_part(archive, path), percent_styles)
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


def _xml_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """A whole XML part that is about to be searched; refused if it declares a DOCTYPE."""
    xml = _part(archive, name)
    root = ROOT_START.search(xml[:HEAD_BYTES])
    if xml.strip() and (root is None or b"<!DOCTYPE" in xml[:root.start()]):
        raise Refused("fil-dtd")
    return xml


def _has_doctype(archive: zipfile.ZipFile, name: str) -> bool:
    """True when the part declares a DOCTYPE (the door to entity expansion).

    A DOCTYPE can only stand before the root element, so only the head is inflated; a
    part whose root is not within the head is treated as hostile too.
    """
    with archive.open(name) as stream:
        head = stream.read(1024)
        root = ROOT_START.search(head)
        if root is None:  # a long prolog: look further, up to HEAD_BYTES
            head += stream.read(HEAD_BYTES - len(head))
            root = ROOT_START.search(head)
    if not head.strip():
        return False
    return root is None or b"<!DOCTYPE" in head[:root.start()]


def _tags(xml: bytes, wanted: str) -> list[dict[bytes, bytes]]:
    return [dict(ATTRIBUTE.findall(match.group(2))) for match in TAG.finditer(xml) if match.group(1) == wanted.encode()]


def _local(attributes: dict[bytes, bytes], name: bytes) -> bytes | None:
    """An attribute by local name, whatever its namespace prefix (r:id, x:id ...)."""
    for key, value in attributes.items():
        if key == name or key.endswith(b":" + name):
            return value
    return None


def _sheet_parts(archive: zipfile.ZipFile, workbook_xml: bytes) -> dict[str, str]:
    """Sheet name -> zip path of its XML, through the workbook's relationships."""
    targets = {}
    for rel in _tags(_xml_part(archive, "xl/_rels/workbook.xml.rels"), "Relationship"):
        target = rel.get(b"Target", b"").decode()
        targets[rel.get(b"Id")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    sheets = {}
    for sheet in _tags(workbook_xml, "sheet"):
        path = targets.get(_local(sheet, b"id"))
        if path and b"name" in sheet:
            sheets[_unescape(sheet[b"name"])] = path
    return sheets


def _unescape(value: bytes) -> str:
    return html.unescape(value.decode("utf-8"))


def _percent_styles(styles_xml: bytes) -> set[int]:
    """Indexes of cell styles whose number format shows a percentage."""
    custom = {
        int(fmt.get(b"numFmtId", b"0")): _unescape(fmt.get(b"formatCode", b""))
        for fmt in _tags(styles_xml, "numFmt")
    }
    percent_formats = PERCENT_FORMATS | {
        number for number, code in custom.items() if "%" in code.replace('"%"', "").replace("\\%", "")
    }
    start, end = styles_xml.find(b"<cellXfs"), styles_xml.find(b"</cellXfs>")
    cell_xfs = _tags(styles_xml[start:end], "xf") if start >= 0 else []
    return {index for index, xf in enumerate(cell_xfs) if int(xf.get(b"numFmtId", b"0")) in percent_formats}


def _scan_sheet(xml: bytes, percent_styles: set[int]) -> SheetFacts:
    """Uncached formulas, percent cells and the depth of the data, cheaply.

    Cells are only walked one by one when there is something to find: a formula, a
    percent style in use, or rows further down than MAX_VALUE_ROW.
    """
    facts = SheetFacts()
    last_row = LAST_ROW.findall(xml[-4096:]) or LAST_ROW.findall(xml)
    deep = bool(last_row) and int(last_row[-1]) > MAX_VALUE_ROW
    percent_attributes = [b's="%d"' % index for index in percent_styles]
    formulas = (b"<f" in xml or b":f" in xml) and FORMULA.search(xml) is not None  # substring test first: fast
    if not (deep or formulas or any(a in xml for a in percent_attributes)):
        return facts
    for match in CELL.finditer(xml):
        body = match.group(2)
        if not body:
            continue
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        reference = attributes.get(b"r")
        if reference is None:
            continue
        has_value = HAS_VALUE.search(body) is not None
        if not has_value:
            if FORMULA.search(body):
                facts.uncached_formulas.append(reference.decode())
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
