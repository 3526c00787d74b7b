"""Measure the layout of a tagged PDF made by LibreOffice: words broken mid-word, table rows
split across pages, headings and labels stranded at a page's bottom.

Poppler's `pdfinfo -struct-text` gives the structure tree (P, H1, TR, TD …) with one text
string per marked-content sequence, which LibreOffice writes per line and text portion,
keeping the space at a line's end when it breaks at a space. The pages come from the
structure elements themselves (/Pg and marked-content references), which LibreOffice writes
as plain, uncompressed objects; `pdftotext -bbox-layout` tells line ends from portion
boundaries. So every finding has its page and its text, and a failing test says where.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HEADINGS = {"H", "H1", "H2", "H3", "H4", "H5", "H6"}
LABEL_MAX = 80  # characters: a paragraph this short, without a full stop, that introduces what follows
SENTENCE_END = (".", "!", "?", "…")

OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*)>>\s*$", re.S)  # one object's dictionary, the text before its endobj
REF = re.compile(rb"(\d+) 0 R")
KID = re.compile(rb"<<(.*?)>>|(\d+) 0 R|(\d+)", re.S)
ELEMENT_LINE = re.compile(r"^(\s*)([A-Za-z][\w#]*)(?: \((?:block|inline)\))?:?\s*$|^(\s*)(Object) \d+ \d+$")
TEXT_LINE = re.compile(r'^\s*"(.*)"\s*$', re.S)


@dataclass(frozen=True)
class Finding:
    page: int  # 1-based
    text: str

    def __str__(self) -> str:
        return f"sida {self.page}: {self.text}"


@dataclass(frozen=True)
class Layout:
    broken_words: list[Finding]  # text: "Ledningsgru|ppen"
    split_rows: list[Finding]  # page: where the row starts; text: the row's text, shortened
    stranded: list[Finding]  # headings and labels that end their page

    def counts(self) -> dict[str, int]:
        return {"broken_words": len(self.broken_words), "split_rows": len(self.split_rows),
                "stranded": len(self.stranded)}


@dataclass
class Element:
    role: str
    chunks: list[tuple[int, str]] = field(default_factory=list)  # (page, text) per marked-content sequence
    children: list[Element] = field(default_factory=list)

    def walk(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            yield from child.walk()

    def pages(self) -> list[int]:
        return [page for element in self.walk() for page, _ in element.chunks]

    def text(self) -> str:
        """The element's text, its lines joined by spaces (a word broken over two lines shows as two)."""
        return " ".join(" ".join(text.split()) for element in self.walk() for _, text in element.chunks if text.strip())


def measure(pdf: Path) -> Layout:
    """The three layout findings of pdf, each with its page and text."""
    root = structure(pdf)
    return Layout(broken_words(root, line_ends(pdf)), split_rows(root), stranded(root))


def broken_words(root: Element, ends: dict[int, tuple[set[str], set[str]]]) -> list[Finding]:
    """Lines that end inside a word (letter|letter, no hyphen) that the next line goes on with.

    Numbers and IDs (anything with a digit) are left out, and so is a lower-case letter followed by
    a capital: a manual line break between two words, not a broken one.
    """
    found = []
    for element in root.walk():
        for (page, before), (next_page, after) in zip(element.chunks, element.chunks[1:]):
            if not before.strip() or not after.strip() or before[-1].isspace() or after[0].isspace():
                continue
            head, tail = before.split()[-1], after.split()[0]
            if not (head[-1].isalpha() and tail[0].isalpha()) or head[-1].islower() and tail[0].isupper():
                continue
            if any(c.isdigit() for c in head + tail):
                continue
            last_words, _ = ends.get(page, (set(), set()))
            _, first_words = ends.get(next_page, (set(), set()))
            if any(w.endswith(head) for w in last_words) and any(w.startswith(tail) for w in first_words):
                found.append(Finding(page, f"{head}|{tail}"))
    return found


def split_rows(root: Element) -> list[Finding]:
    """Table rows whose content is on more than one page."""
    return [Finding(min(pages), _short(row.text())) for row in root.walk()
            if row.role == "TR" and len(set(pages := row.pages())) > 1]


def stranded(root: Element) -> list[Finding]:
    """Headings, and short label paragraphs outside tables, that are the last content on their page."""
    flat: list[tuple[Element, bool]] = []  # content elements in reading order, and whether inside a table

    def visit(element: Element, in_table: bool) -> None:
        if element.chunks:
            flat.append((element, in_table))
        for child in element.children:
            visit(child, in_table or element.role == "Table")

    visit(root, False)
    found = []
    for (element, in_table), (following, _) in zip(flat, flat[1:]):
        page, next_page = element.chunks[-1][0], following.chunks[0][0]
        if next_page <= page:
            continue
        text = element.text()
        label = (element.role == "P" and not in_table and len(text) <= LABEL_MAX
                 and not text.endswith(SENTENCE_END) and following.role not in HEADINGS)
        if element.role in HEADINGS or label:
            found.append(Finding(page, text))
    return found


def structure(pdf: Path) -> Element:
    """The structure tree: poppler's text per marked-content sequence, with the page each is on."""
    printed = _printed_tree(subprocess.run(["pdfinfo", "-struct-text", str(pdf)], capture_output=True,
                                           text=True, check=True).stdout)
    pages = _pages_of_elements(pdf.read_bytes())
    if len(pages) != sum(1 for _ in printed.walk()) - 1:
        raise ValueError(f"{pdf.name}: the structure tree could not be read (no LibreOffice tagged PDF?)")
    for element, content in zip(list(printed.walk())[1:], pages):
        role, mcid_pages = content
        if element.role not in (role, "Object"):
            raise ValueError(f"{pdf.name}: structure element {element.role} where the file has {role}")
        texts = [text for _, text in element.chunks]
        if len(texts) != len(mcid_pages):  # poppler leaves out empty sequences; keep the known pages
            mcid_pages = (mcid_pages + mcid_pages[-1:] * len(texts))[:len(texts)]
        element.chunks = list(zip(mcid_pages, texts))
    return printed


def _printed_tree(output: str) -> Element:
    """Parse `pdfinfo -struct-text`: elements by indentation, their text strings in order."""
    root = Element("root")
    stack: list[tuple[int, Element]] = [(-1, root)]
    for line in output.splitlines():
        text = TEXT_LINE.match(line)
        if text:
            stack[-1][1].chunks.append((0, text.group(1)))
            continue
        match = ELEMENT_LINE.match(line)
        if match is None or line.lstrip().startswith("/"):
            continue
        depth = len(match.group(1) or match.group(3) or "")
        while stack[-1][0] >= depth:
            stack.pop()
        element = Element(match.group(2) or match.group(4))
        stack[-1][1].children.append(element)
        stack.append((depth, element))
    return root


def _pages_of_elements(data: bytes) -> list[tuple[str, list[int]]]:
    """Per structure element in reading order: its standard role and the page of each marked-content sequence."""
    objects = {int(match.group(1)): match.group(2) for piece in data.split(b"endobj")
               if b"stream" not in piece and (match := OBJECT.search(piece))}
    catalog = next(body for body in objects.values() if b"/Type/Catalog" in body.replace(b" ", b""))
    page_numbers = {number: index for index, number in enumerate(_page_objects(objects, _ref(catalog, b"/Pages")), 1)}
    tree = next(body for body in objects.values() if b"/Type/StructTreeRoot" in body.replace(b" ", b""))
    role_map = dict(re.findall(rb"/([^\s/<>\[\]]+)\s*/([^\s/<>\[\]]+)", _between(tree, b"/RoleMap<<", b">>")))
    result: list[tuple[str, list[int]]] = []

    def visit(number: int) -> None:
        body = objects[number]
        if b"/Type/OBJR" in body.replace(b" ", b""):
            result.append(("Object", []))
            return
        role = re.search(rb"/S\s*/([^\s/<>\[\]]+)", body).group(1)  # type: ignore[union-attr]
        own_page = page_numbers.get(_ref(body, b"/Pg") or 0, 0)
        entry: tuple[str, list[int]] = (_name(role_map.get(role, role)), [])
        result.append(entry)
        for dictionary, ref, mcid in KID.findall(_kids(body)):
            if ref:
                visit(int(ref))
            elif mcid:
                entry[1].append(own_page)
            elif b"/MCID" in dictionary:
                entry[1].append(page_numbers.get(_ref(dictionary, b"/Pg") or 0, own_page))
            elif b"/OBJR" in dictionary:
                result.append(("Object", []))

    for kid in REF.findall(_kids(tree)):
        visit(int(kid))
    return result


def _page_objects(objects: dict[int, bytes], number: int | None) -> Iterator[int]:
    if number is None:
        return
    body = objects[number]
    if b"/Kids" not in body:
        yield number
        return
    for kid in REF.findall(_between(body, b"/Kids", b"]")):
        yield from _page_objects(objects, int(kid))


def _kids(body: bytes) -> bytes:
    match = re.search(rb"/K\s*(\[.*\]|<<.*?>>|\d+ 0 R|\d+)", body, re.S)
    return match.group(1) if match else b""


def _ref(body: bytes, key: bytes) -> int | None:
    match = re.search(re.escape(key) + rb"\s*(\d+) 0 R", body)
    return int(match.group(1)) if match else None


def _between(body: bytes, start: bytes, end: bytes) -> bytes:
    at = body.find(start)
    return b"" if at < 0 else body[at + len(start):body.find(end, at + len(start))]


def _name(raw: bytes) -> str:
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")


def line_ends(pdf: Path) -> dict[int, tuple[set[str], set[str]]]:
    """Per page, the last words and the first words of its lines (pdftotext -bbox-layout)."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    ends: dict[int, tuple[set[str], set[str]]] = {}
    for number, page in enumerate(html.split("<page ")[1:], 1):
        last, first = ends.setdefault(number, (set(), set()))
        for line in re.findall(r"<line .*?</line>", page, re.S):
            words = [_unescape(w) for w in re.findall(r">([^<]*)</word>", line)]
            if words:
                first.add(words[0])
                last.add(words[-1])
    return ends


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def _short(text: str, size: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"
