"""Check an .xlsx file before any Excel library parses it, and collect what they cannot see.

Everything here runs on the zip's directory and on size-bounded XML parts, so a hostile
file (zip bomb, entity expansion, a sheet with values a million rows down) is refused
quickly and with bounded memory. The same pass records what python-calamine does not
report: formulas without a cached value, percent-formatted cells and external links.
Limits follow Apache POI's defaults where it has one.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from .. import messages

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
MAX_VALUE_COLUMN = 200  # column GR: far beyond any goal workbook

# Everything is found with regular expressions on bytes, each linear in the part's size: no
# XML parser ever sees a part before it passed the checks.
TAG = re.compile(rb"<(?:\w+:)?(sheet|Relationship|numFmt|xf|cellXfs|/cellXfs)\b([^>]*)>")
ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
ROOT_START = re.compile(rb"<[A-Za-z_]")
# The tokens of the cell walk: <c ...>, </c>, <f, <v>value<, <is>
# (Patterns starting with a literal are the fast ones; other whitespace before r= is rare
# and sends the sheet to the careful walk.)
# One search finds a cell reference with a row number of as many digits as MAX_VALUE_ROW or more,
# or a column at or past MAX_VALUE_COLUMN (GS: three letters, two from HA on, GS to GZ).
FAR_CELL = re.compile(rb' r="(?:[A-Z]{1,3}[0-9]{%d,}"|(?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z])[0-9])' % len(str(MAX_VALUE_ROW)))
ODD_SPACING = (b'\tr="', b'\nr="', b'\rr="')
TOKEN = re.compile(rb"<(?:\w+:)?c\b([^>]*)>|(</(?:\w+:)?c>)|(<(?:\w+:)?f[\s>/])|<(?:\w+:)?v>([^<]*)<|(<(?:\w+:)?is>)")
FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
CELL_REFERENCE = re.compile(rb"([A-Z]{1,3})([0-9]+)")
PERCENT_FORMATS = {9, 10}
CORE_PROPERTIES = "docProps/core.xml"
SAVED = re.compile(rb"<(?:\w+:)?modified\b[^>]*>\s*([0-9][0-9T:.+Z-]*)\s*<")
LOCAL_HEADER = struct.Struct("<4s2xH18xHH")  # signature, flags, name and extra field lengths


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
    error_values: dict[str, str] = field(default_factory=dict)  # A1 reference -> "#DIV/0!"
    percent_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column), 0-based


@dataclass
class CheckedWorkbook:
    sheets: dict[str, SheetFacts]
    external_links: list[str]
    safe_others: list[str] = field(default_factory=list)  # sheets not wanted, yet safe to look at
    saved: dt.datetime | None = None  # when the workbook says it was last saved (local time)


def inspect(data: bytes, wanted: Collection[str], ignored: Collection[str] = ()) -> CheckedWorkbook:
    """Check a workbook's bytes; raise Refused with the reason, or return its facts.

    Only the sheets named in wanted are scanned: those are the ones that will be parsed. Other
    sheets are scanned to see whether they are safe to look at, except the ignored ones,
    which nobody looks at (and so are never parsed).
    """
    if not data:
        raise Refused("fil-tom")
    if len(data) > MAX_FILE_BYTES:
        raise Refused("fil-for-stor", detail=f"{len(data) // (1024 * 1024)} MB")
    if data.startswith(OLE_MAGIC):
        raise Refused("fil-krypterad" if ENCRYPTED_MARK in data else "fil-xls")
    if not data.startswith(ZIP_MAGIC):
        code = "fil-text" if _looks_like_text(data[:4096]) else "fil-skadad"
        raise Refused(code, detail=messages.DETAIL_UNKNOWN_FORMAT)
    try:
        return _inspect_archive(_Archive(data), wanted, ignored)
    except Refused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, OSError, NotImplementedError,
            struct.error) as error:
        raise Refused("fil-skadad", detail=_describe(error)) from None


class _Archive:
    """A workbook's zip: its directory as zipfile reads it, its parts inflated straight from the
    bytes (on parts this small, zipfile's reader costs more than the inflating itself)."""

    def __init__(self, data: bytes):
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.entries = self.zip.infolist()
        self.names = [entry.filename for entry in self.entries]

    def read(self, name: str) -> bytes:
        """A part's bytes, checked against the directory's size and CRC (KeyError when absent)."""
        entry = self.zip.getinfo(name)
        signature, flags, name_length, extra_length = LOCAL_HEADER.unpack_from(self.data, entry.header_offset)
        if signature != b"PK\x03\x04" or flags & 1:  # not a part, or encrypted
            raise zipfile.BadZipFile(name)
        start = entry.header_offset + LOCAL_HEADER.size + name_length + extra_length
        packed = memoryview(self.data)[start:start + entry.compress_size]
        if entry.compress_type == zipfile.ZIP_DEFLATED:
            content = zlib.decompressobj(-zlib.MAX_WBITS).decompress(packed, entry.file_size + 1)
        elif entry.compress_type == zipfile.ZIP_STORED:
            content = bytes(packed)
        else:
            raise NotImplementedError(name)
        if len(content) != entry.file_size or zlib.crc32(content) != entry.CRC:
            raise zipfile.BadZipFile(name)
        return content


def check_directory(entries: list[zipfile.ZipInfo], max_entries: int = MAX_ENTRIES,
                    max_part_bytes: int = MAX_PART_BYTES, max_total_bytes: int = MAX_TOTAL_BYTES) -> None:
    """Refuse a zip from its directory alone, before anything is inflated: too many entries, a
    duplicate name, an entry too large or inflating too much (a bomb), too much in all.

    Used for workbooks and for vplan's own archives (vplan archive --check).
    """
    if len(entries) > max_entries:
        raise Refused("fil-for-stor", detail=messages.DETAIL_PARTS.format(count=len(entries)))
    names = [entry.filename for entry in entries]
    duplicates = sorted({name for name in names if names.count(name) > 1}) if len(set(names)) != len(names) else []
    if duplicates:
        raise Refused("fil-dubbla-delar", detail=duplicates[0])
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio_exceeded = entry.file_size > RATIO_FROM and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
        if entry.file_size > max_part_bytes or ratio_exceeded:
            raise Refused("fil-for-stor", detail=messages.DETAIL_INFLATES.format(
                part=entry.filename, size=_megabytes(entry.file_size)))
    if total > max_total_bytes:
        raise Refused("fil-for-stor", detail=messages.DETAIL_INFLATES_TOTAL.format(size=_megabytes(total)))


def _inspect_archive(archive: _Archive, wanted: Collection[str],
                     ignored: Collection[str]) -> CheckedWorkbook:
    check_directory(archive.entries)
    names = archive.names
    present = set(names)
    if "mimetype" in present and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
        raise Refused("fil-ods")
    if "word/document.xml" in present:
        raise Refused("fil-word")
    if "xl/workbook.xml" not in present:
        raise Refused("fil-skadad", detail=messages.DETAIL_NO_WORKBOOK_PART)
    if "xl/vbaProject.bin" in present or MACRO_CONTENT_TYPE in _part(archive, "[Content_Types].xml"):
        raise Refused("fil-makro")
    workbook_xml = _xml_part(archive, "xl/workbook.xml")
    if STRICT_NAMESPACE in workbook_xml:
        raise Refused("fil-strikt")
    all_paths = {name: path for name, path in _sheet_parts(archive, workbook_xml).items() if path in present}
    sheet_paths = {name: path for name, path in all_paths.items() if name in wanted}
    if "xl/sharedStrings.xml" in present and _has_doctype(archive, "xl/sharedStrings.xml"):
        raise Refused("fil-dtd")  # the other parsed parts are checked as they are read whole
    percent_styles = _percent_styles(_xml_part(archive, "xl/styles.xml")) if "xl/styles.xml" in present else frozenset()
    sheets = {}
    for name, path in sheet_paths.items():
        try:
            sheets[name] = _scan_sheet(_xml_part(archive, path), percent_styles)
        except Refused as refused:
            refused.sheet = name
            raise
    links = sorted(name for name in names if name.startswith("xl/externalLinks/") and name.endswith(".xml"))
    saved = _saved(_xml_part(archive, CORE_PROPERTIES)) if CORE_PROPERTIES in present else None
    return CheckedWorkbook(sheets=sheets, external_links=links, saved=saved,
                           safe_others=[name for name, path in all_paths.items() if name not in wanted
                                        and name not in ignored and _is_safe(archive, path, percent_styles)])


def _is_safe(archive: _Archive, path: str, percent_styles: frozenset[int]) -> bool:
    """A sheet vplan does not read may be looked at (is it a copy of ours?) when it passes the same checks;
    one that does not is merely not looked at: it never refuses the workbook."""
    try:
        _scan_sheet(_xml_part(archive, path), percent_styles)
    except Refused:
        return False
    return True


def _saved(core_xml: bytes) -> dt.datetime | None:
    """The document's own last-saved time (dcterms:modified, UTC) in local time; None when absent or odd."""
    match = SAVED.search(core_xml)
    if match is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(match.group(1).decode().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().replace(tzinfo=None)


def _part(archive: _Archive, name: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        return b""


def _xml_part(archive: _Archive, name: str) -> bytes:
    """A whole XML part that is about to be searched; refused if it declares a DOCTYPE."""
    xml = _part(archive, name)
    if _declares_doctype(xml[:HEAD_BYTES]):
        raise Refused("fil-dtd")
    return xml


def _has_doctype(archive: _Archive, name: str) -> bool:
    """Whether a part nobody parses declares a DOCTYPE, inflating only its head."""
    with archive.zip.open(name) as stream:
        head = stream.read(1024)
        if ROOT_START.search(head) is None:  # a long prolog: look further
            head += stream.read(HEAD_BYTES - len(head))
    return _declares_doctype(head)


def _declares_doctype(head: bytes) -> bool:
    """A DOCTYPE (the door to entity expansion) can only stand before the root element;
    a part whose root is not within the head is treated as hostile too."""
    if not head.strip():
        return False
    root = ROOT_START.search(head)
    return root is None or b"<!DOCTYPE" in head[:root.start()]


def _tags(xml: bytes, wanted: str) -> list[dict[bytes, bytes]]:
    return [dict(ATTRIBUTE.findall(match.group(2))) for match in TAG.finditer(xml) if match.group(1) == wanted.encode()]


def _local(attributes: dict[bytes, bytes], name: bytes) -> bytes | None:
    """An attribute by local name, whatever its namespace prefix (r:id, x:id ...)."""
    for key, value in attributes.items():
        if key == name or key.endswith(b":" + name):
            return value
    return None


def _sheet_parts(archive: _Archive, workbook_xml: bytes) -> dict[str, str]:
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


@lru_cache(maxsize=64)
def _percent_styles(styles_xml: bytes) -> frozenset[int]:
    """Indexes of cell styles whose number format shows a percentage.

    Cached: the workbooks of one follow-up come from the same template and share styles.
    """
    custom = {
        int(fmt.get(b"numFmtId", b"0")): _unescape(fmt.get(b"formatCode", b""))
        for fmt in _tags(styles_xml, "numFmt")
    }
    percent_formats = PERCENT_FORMATS | {
        number for number, code in custom.items() if "%" in code.replace('"%"', "").replace("\\%", "")
    }
    start, end = styles_xml.find(b"<cellXfs"), styles_xml.find(b"</cellXfs>")
    cell_xfs = _tags(styles_xml[start:end], "xf") if start >= 0 else []
    return frozenset(index for index, xf in enumerate(cell_xfs) if int(xf.get(b"numFmtId", b"0")) in percent_formats)


def _scan_sheet(xml: bytes, percent_styles: frozenset[int]) -> SheetFacts:
    """What calamine cannot tell, and whether the sheet is safe to hand to it.

    A cell with content far down or far right makes calamine allocate the whole grid up to
    it, so such a sheet is refused at that cell. The cells are walked one by one (a single
    linear pass) only when there is something to find: a cell beyond the limits, which
    may be mere formatting, a formula, an error value or a percent style in use.
    """
    facts = SheetFacts()
    cells = _cell_data(xml)
    far = FAR_CELL.search(cells) is not None or _odd_spacing(cells)
    formulas = (b"<f" in cells or b":f" in cells) and FORMULA.search(cells) is not None  # substring first: fast
    if far or formulas or b't="e"' in cells or any(b's="%d"' % index in cells for index in percent_styles):
        _walk_cells(cells, percent_styles, facts)
    return facts


def _cell_data(xml: bytes) -> bytes:
    """The stretch of a sheet that holds its cells: from the first mention of sheetData to the
    last. Calamine reads cells only inside the sheetData element; what comes after it
    (conditional formatting, data validation) has formulas that are no cells'."""
    start = xml.find(b"sheetData")
    return xml[start:xml.rfind(b"sheetData")] if start >= 0 else b""


def _odd_spacing(cells: bytes) -> bool:
    """A tab or line break before an r= attribute (checked only where such bytes occur at all)."""
    return (b"\t" in cells or b"\n" in cells or b"\r" in cells) and any(s in cells for s in ODD_SPACING)


def _walk_cells(xml: bytes, percent_styles: frozenset[int], facts: SheetFacts) -> None:
    attributes: dict[bytes, bytes] | None = None  # of the open cell
    formula = False
    value: bytes | None = None

    def close() -> None:
        reference = attributes.get(b"r", b"") if attributes else b""
        match = CELL_REFERENCE.fullmatch(reference)
        if attributes is None or match is None:
            return
        cell = reference.decode()
        if not value:
            if formula:
                facts.uncached_formulas.append(cell)
            return
        row, column = int(match.group(2)), _column_index(match.group(1))
        if row > MAX_VALUE_ROW:
            raise Refused("rader-for-langt-ner", cell=cell, row=str(row))
        if column >= MAX_VALUE_COLUMN:
            raise Refused("kolumner-for-langt-ut", cell=cell, column=match.group(1).decode())
        kind = attributes.get(b"t", b"n")
        if kind == b"e":
            facts.error_values[cell] = html.unescape(value.decode("utf-8", "replace"))
        style = attributes.get(b"s", b"")
        if kind == b"n" and style.isdigit() and int(style) in percent_styles:
            facts.percent_cells.add((row - 1, column))

    for token in TOKEN.finditer(xml):
        opening, closing, formula_tag, text, inline = token.groups()
        if opening is not None:
            close()
            self_closing = opening.endswith(b"/")
            attributes = None if self_closing else dict(ATTRIBUTE.findall(opening))
            formula, value = False, None
        elif closing is not None:
            close()
            attributes = None
        elif formula_tag is not None:
            formula = True
        elif inline is not None:
            value = b"inline"
        elif text is not None and attributes is not None:
            value = text
    close()


def _column_index(letters: bytes) -> int:
    """b'H' -> 7 (0-based)."""
    column = 0
    for letter in letters:
        column = column * 26 + letter - 64
    return column - 1


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
        return messages.DETAIL_BROKEN_DEFLATE
    if isinstance(error, zipfile.BadZipFile):
        return messages.DETAIL_BROKEN_ZIP
    return messages.DETAIL_UNREADABLE
