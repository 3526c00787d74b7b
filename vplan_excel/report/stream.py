"""The Word report's body rendered in pieces, so a long report never lies in memory whole.

docxtpl renders a template's body into one string, rewrites it with regular expressions and
parses it into one tree: for thousands of workbooks, gigabytes. Here Jinja's output is taken
as it comes. docxtpl's own rewriting is applied to pieces cut where it cannot tell the
difference, python-docx's parser reads the pieces, and each finished element of the body is
fixed up, serialised to a file and dropped. Saving puts the body from that file into the
document: the same bytes as the whole tree would give.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable, Iterable, Sequence
from io import BytesIO
from itertools import chain
from pathlib import Path
from typing import IO, Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = f"{W}body"
# Ends the parser reports: the body's, its tables' and its sections'. The paragraphs between tables are
# written with the next table: an event for every paragraph (most of them inside table cells) costs more.
ENDS = (BODY, f"{W}tbl", f"{W}sdt", f"{W}sectPr")
MARK = "vplan-body"  # a processing instruction holds the body's place in the saved document
PLACE = "vplan-picture"  # an element holding a picture's place in the body until it is drawn
PLACE_BYTES = f"<{PLACE}/>".encode()
PARAGRAPH_END = "</w:p>"
DROP_BATCH = 256  # emptied children taken out of the body at once
PIECE = 1 << 16  # characters of Jinja output gathered before they are rewritten and parsed
LISTING_CHARACTERS = re.compile("[\t\a\n\f]")  # what docxtpl's resolve_listing turns into runs and breaks
LISTING_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # the paragraphs it looks in
NAMESPACE_DECLARATION = re.compile(rb' xmlns(?::([\w.-]+))?="([^"]*)"')


def _rewritten(output: Iterable[str], resolve_listing: Callable[[str], str]) -> Iterable[str]:
    """Jinja's output rewritten as docxtpl's render_xml_part rewrites it whole.

    Its paragraph-marking newlines and escaped braces are undone up to the last newline of
    what has come (none of those patterns spans a newline but where it starts); its listings
    are resolved up to the last paragraph end (its paragraph pattern ends at the first
    </w:p>, so no match spans that point).
    """
    waiting: list[str] = []  # joined with str.join: Jinja's escaped values are Markup, whose + escapes the other side
    size = 0
    raw = rewritten = ""
    for chunk in output:
        waiting.append(chunk)
        size += len(chunk)
        if size < PIECE:
            continue
        raw = "".join([raw, *waiting])
        waiting.clear()
        size = 0
        cut = raw.rfind("\n")
        if cut <= 0:
            continue
        rewritten += _unmarked(raw[:cut])
        raw = raw[cut:]
        cut = rewritten.rfind(PARAGRAPH_END)
        if cut >= 0:
            cut += len(PARAGRAPH_END)
            yield _resolved(rewritten[:cut], resolve_listing)
            rewritten = rewritten[cut:]
    yield _resolved(rewritten + _unmarked("".join([raw, *waiting])), resolve_listing)


def _unmarked(xml: str) -> str:
    xml = xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")  # re.sub(r"\n<w:p([ >])", r"<w:p\1")
    return xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")


def _resolved(xml: str, resolve_listing: Callable[[str], str]) -> str:
    """resolve_listing applied to the paragraphs its pattern would find with a listing's characters in them.

    Its pattern finds each paragraph from a start to the first </w:p> after it, scanning on
    from there; a scan begun right after any </w:p> finds the same paragraphs from there on,
    so the paragraph around a character is the first one found from the last </w:p> before it.
    """
    pieces = []
    done = 0  # xml before this is in pieces
    for character in LISTING_CHARACTERS.finditer(xml):
        at = character.start()
        if at < done:
            continue
        start = xml.rfind(PARAGRAPH_END, done, at)
        paragraph = LISTING_PARAGRAPH.search(xml, done if start < 0 else start + len(PARAGRAPH_END))
        if paragraph is None or paragraph.start() > at:
            continue
        pieces += [xml[done:paragraph.start()], resolve_listing(paragraph.group())]
        done = paragraph.end()
    return "".join([*pieces, xml[done:]]) if pieces else xml


class BodyWriter:
    """Writes the finished children of a document's body to a file as python-docx would serialise them.

    A written child is emptied at once and taken out of the body in batches: lxml takes a
    child out slowly while Python holds it, and a slice of emptied ones at once quickly.
    """

    def __init__(self, out: IO[bytes], finish: Callable[[Any], Any]) -> None:
        self.out = out
        self.finish = finish  # fixes up a child of the body; returns the element to write
        self.declared: set[tuple[bytes, bytes]] | None = None
        self.last: Any = None  # written, kept until the text after it is whole
        self.emptied = 0  # written children at the start of the body, emptied, still in it
        self.tags: dict[bytes, bytes] = {}  # start tags as lxml writes them -> as python-docx would
        self.places: list[int] = []  # where in the file the pictures drawn later go

    def write_through(self, body: Any, end: Any) -> None:
        """Write the body's children up to end, which has just ended; keep end until the text after it is whole."""
        child = self._next(body)
        while child is not end:
            child = self._write_and_empty(child)
        self._write_element(end)
        self.last = end
        if self.emptied >= DROP_BATCH:
            del body[: self.emptied]
            self.emptied = 0

    def close(self, body: Any) -> None:
        """After the body's end: write what is left of it and leave the mark in its place."""
        child = self._next(body)
        while child is not None:
            child = self._write_and_empty(child)
        del body[:]
        body.append(etree.ProcessingInstruction(MARK))

    def _next(self, body: Any) -> Any:
        """The first child not written yet; before it the body's text, or the text after the last written child."""
        if self.declared is None:  # python-docx does not repeat the namespaces in scope on the children
            self.declared = {((prefix or "").encode(), uri.encode()) for prefix, uri in body.nsmap.items()}
            self._write_text(body.text)
            body.text = None
            return body[0] if len(body) else None
        return self._empty(self.last)

    def _write_and_empty(self, child: Any) -> Any:
        self._write_element(child)
        return self._empty(child)

    def _empty(self, child: Any) -> Any:
        """Write the text after a written child and empty it; return the child after it."""
        self._write_text(child.tail)
        following = child.getnext()
        child.clear()
        self.emptied += 1
        return following

    def _write_element(self, element: Any) -> None:
        data = etree.tostring(self.finish(element), encoding="UTF-8", with_tail=False)
        end = data.index(b">")  # lxml repeats the namespaces in scope on the element it serialises
        tag = data[:end]
        if tag not in self.tags:
            self.tags[tag] = NAMESPACE_DECLARATION.sub(self._undeclared, tag)
        self.out.write(self.tags[tag])
        rest = data[end:]
        while (place := rest.find(PLACE_BYTES)) >= 0:
            self.out.write(rest[:place])
            self.places.append(self.out.tell())
            rest = rest[place + len(PLACE_BYTES):]
        self.out.write(rest)

    def _undeclared(self, match: re.Match[bytes]) -> bytes:
        assert self.declared is not None
        return b"" if (match.group(1) or b"", match.group(2)) in self.declared else match.group(0)

    def _write_text(self, text: str | None) -> None:
        if text:
            holder = etree.Element("x")
            holder.tail = text
            self.out.write(etree.tostring(holder, encoding="UTF-8", with_tail=True)[len(b"<x/>"):])


def parse_body(head: str, output: Iterable[str], tail: str, parser: Any, writer: BodyWriter,
               resolve_listing: Callable[[str], str]) -> Any:
    """Parse the document from head, the rendered body and tail with parser (an XMLPullParser
    reporting the ends of ENDS), handing the body's children to writer as they end; return the
    document's root, with a mark where the body's children were."""
    for piece in chain((head,), _rewritten(output, resolve_listing), (tail,)):
        parser.feed(piece)
        for _, element in parser.read_events():
            parent = element.getparent()
            if element.tag == BODY:
                writer.close(element)
            elif parent is not None and parent.tag == BODY:
                writer.write_through(parent, element)
    return parser.close()


def save(document: Any, body: Path, out: str | Path, pictures: Sequence[tuple[int, bytes]] = ()) -> None:
    """Save a python-docx document whose main part holds the mark, with the body from the file
    and the pictures (where in the file, the picture's XML) in their places."""
    shell = BytesIO()
    document.save(shell)
    name = document.part.partname.lstrip("/")
    mark = etree.tostring(etree.ProcessingInstruction(MARK))
    with zipfile.ZipFile(shell) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != name:
                target.writestr(info, data)
                continue
            before, after = data.split(mark)
            with target.open(info, "w") as part, body.open("rb") as written:
                part.write(before)
                done = 0
                for place, picture in pictures:
                    _copy(written, part, place - done)
                    part.write(picture)
                    done = place
                shutil.copyfileobj(written, part, 1 << 20)
                part.write(after)


def _copy(source: IO[bytes], target: IO[bytes], size: int) -> None:
    while size > 0:
        data = source.read(min(size, 1 << 20))
        target.write(data)
        size -= len(data)
