"""check-report for a Word document: its XML parts read with zipfile and lxml.

Paragraphs are numbered as Word's body counts them (stycke 1 is the first paragraph outside a
table), tables and images in the order they stand. A run's colour comes from the run, its
character style, its paragraph's style (and the styles that one is based on) or the document's
defaults; its fill from the run, the paragraph or the table cell, else white.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from ... import messages
from ...problems import VplanError
from .findings import Finding, finding, hex_colour, low_contrast, quoted

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
DC = "{http://purl.org/dc/elements/1.1/}"
DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"
FALSE = ("0", "false", "off")


def check_docx(path: Path) -> list[Finding]:
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            body = etree.fromstring(archive.read("word/document.xml"))
            styles = etree.fromstring(archive.read("word/styles.xml")) if "word/styles.xml" in archive.namelist() \
                else None
            core = etree.fromstring(archive.read("docProps/core.xml")) if "docProps/core.xml" in archive.namelist() \
                else None
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise VplanError(messages.CHECK_REPORT_UNREADABLE.format(file=path.name, kind="Word-dokument",
                                                                 detail=error)) from None
    style_sheet = Styles(styles)
    found: list[Finding] = []
    if not style_sheet.language():
        found.append(finding("sprak-saknas", messages.WHERE_DOCUMENT))
    title = core.find(f"{DC}title") if core is not None else None
    if title is None or not (title.text or "").strip():
        found.append(finding("titel-saknas", messages.WHERE_DOCUMENT))
    return found + _headings(body, style_sheet) + _tables(body) + _images(body) + _links(body) + \
        _contrast(body, style_sheet)


class Styles:
    """What the document's styles say: heading levels, colours and the default language."""

    def __init__(self, root: Any) -> None:
        self.by_id = {s.get(f"{W}styleId"): s for s in root.iter(f"{W}style")} if root is not None else {}
        self.root = root

    def language(self) -> str:
        if self.root is None:
            return ""
        default = self.root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        normal = self.by_id.get("Normal")
        own = normal.find(f"{W}rPr/{W}lang") if normal is not None else None
        return next(((e.get(f"{W}val") or "") for e in (own, default) if e is not None and e.get(f"{W}val")), "")

    def _chain(self, style_id: str | None) -> list[Any]:
        chain, seen = [], set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            chain.append(self.by_id[style_id])
            based = self.by_id[style_id].find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return chain

    def heading_level(self, style_id: str | None) -> int | None:
        """1–9 for a heading style (by its name, "heading 2", or its outline level), else None."""
        for style in self._chain(style_id):
            name = style.find(f"{W}name")
            if name is not None and (name.get(f"{W}val") or "").lower().startswith("heading "):
                level = name.get(f"{W}val").split()[-1]
                return int(level) if level.isdigit() else None
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if outline is not None and (outline.get(f"{W}val") or "").isdigit() and int(outline.get(f"{W}val")) < 9:
                return int(outline.get(f"{W}val")) + 1
        return None

    def colour(self, style_id: str | None) -> str | None:
        for style in self._chain(style_id):
            colour = style.find(f"{W}rPr/{W}color")
            if colour is not None and colour.get(f"{W}val") not in (None, "auto"):
                return hex_colour(colour.get(f"{W}val"))
        return None

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id)
        name = style.find(f"{W}name") if style is not None else None
        return name.get(f"{W}val") if name is not None else (style_id or "")


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _paragraphs(body: Any) -> list[tuple[str, Any]]:
    """Every paragraph with its place: 'stycke N' outside tables, 'tabell T' inside one."""
    places, paragraph_number, table_number = [], 0, 0
    for child in body.find(f"{W}body"):
        if child.tag == f"{W}p":
            paragraph_number += 1
            places.append((messages.WHERE_PARAGRAPH_TEXT.format(number=paragraph_number), child))
        elif child.tag == f"{W}tbl":
            table_number += 1
            places += [(messages.WHERE_TABLE.format(number=table_number), p) for p in child.iter(f"{W}p")]
    return places


def _style_of(paragraph: Any) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else None


def _headings(body: Any, styles: Styles) -> list[Finding]:
    found, previous = [], 0
    for where, paragraph in _paragraphs(body):
        outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
        level = int(outline.get(f"{W}val")) + 1 if outline is not None and (outline.get(f"{W}val") or "").isdigit() \
            and int(outline.get(f"{W}val")) < 9 else styles.heading_level(_style_of(paragraph))
        if level is None:
            continue
        text = _text(paragraph).strip()
        if not text:
            found.append(finding("rubrik-tom", where))
        elif level > previous + 1:
            found.append(finding("rubrik-hoppar", where, text=quoted(text), level=str(level), previous=str(previous),
                                 expected=str(previous + 1)))
        previous = level
    return found


def _tables(body: Any) -> list[Finding]:
    found = []
    for number, table in enumerate(body.iter(f"{W}tbl"), 1):
        first = table.find(f"{W}tr")
        header = first.find(f"{W}trPr/{W}tblHeader") if first is not None else None
        if header is None or (header.get(f"{W}val") or "true").lower() in FALSE:
            text = " ".join(_text(cell) for cell in first.iter(f"{W}tc")) if first is not None else ""
            found.append(finding("tabell-utan-rubrikrad", messages.WHERE_TABLE.format(number=number),
                                 text=f' som börjar "{quoted(text, 60)}"' if text.strip() else ""))
    return found


def _images(body: Any) -> list[Finding]:
    found = []
    for number, properties in enumerate(body.iter(f"{WP}docPr"), 1):
        decorative = any(element.tag == f"{{{DECORATIVE}}}decorative" and element.get("val") not in FALSE
                         for element in properties.iter())
        if not decorative and not (properties.get("descr") or properties.get("title") or "").strip():
            name = properties.get("name") or ""
            found.append(finding("bild-utan-alt", messages.WHERE_IMAGE.format(number=number),
                                 text=f' "{quoted(name, 40)}"' if name else ""))
    return found


def _links(body: Any) -> list[Finding]:
    return [finding("lank-utan-text", messages.WHERE_LINK.format(number=number), text="")
            for number, link in enumerate(body.iter(f"{W}hyperlink"), 1) if not _text(link).strip()]


def _fill(element: Any) -> str | None:
    shading = element.find(f"{W}shd") if element is not None else None
    fill = shading.get(f"{W}fill") if shading is not None else None
    return hex_colour(fill) if fill and fill != "auto" else None


def _contrast(body: Any, styles: Styles) -> list[Finding]:
    found = []
    default = styles.colour("Normal")
    for where, paragraph in _paragraphs(body):
        paragraph_colour = styles.colour(_style_of(paragraph)) or default
        cell = next((a for a in paragraph.iterancestors(f"{W}tc")), None)
        background = _fill(paragraph.find(f"{W}pPr")) or _fill(cell.find(f"{W}tcPr") if cell is not None else None) \
            or "FFFFFF"
        for run in paragraph.iter(f"{W}r"):
            text = _text(run)
            if not text.strip():
                continue
            properties = run.find(f"{W}rPr")
            colour_element = properties.find(f"{W}color") if properties is not None else None
            run_style = properties.find(f"{W}rStyle") if properties is not None else None
            if colour_element is not None and colour_element.get(f"{W}val") == "auto":
                continue  # Word picks black or white against the fill
            colour = (hex_colour(colour_element.get(f"{W}val") or "") if colour_element is not None else None) or \
                (styles.colour(run_style.get(f"{W}val")) if run_style is not None else None) or paragraph_colour
            if colour is None:
                continue
            result = low_contrast(_text(paragraph), colour, _fill(properties) or background, where)
            if result:
                found.append(result)
                break  # one finding per paragraph
    return found
