"""check-report for a web page: read with lxml, as the page stands (no script is run).

Colours are read from the page's own <style> rules (custom properties resolved) and style
attributes; a rule's text is measured against the rule's own background, or the page's
(white unless body says otherwise).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ... import messages
from ...problems import VplanError
from .findings import Finding, finding, hex_colour, low_contrast, quoted

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
DECLARATION = re.compile(r"([\w-]+)\s*:\s*([^;]+)")
VARIABLE = re.compile(r"var\((--[\w-]+)\)")
NAMED = {"white": "FFFFFF", "black": "000000", "gray": "808080", "grey": "808080", "silver": "C0C0C0",
         "red": "FF0000", "yellow": "FFFF00", "navy": "000080", "blue": "0000FF", "green": "008000"}
RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")


def check_html(path: Path) -> list[Finding]:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        data = path.read_bytes()
        try:  # a page that does not name its encoding: UTF-8 where it decodes, as browsers do for ours
            data.decode("utf-8")
            parser = lxml_html.HTMLParser(encoding="utf-8")
        except UnicodeDecodeError:
            parser = lxml_html.HTMLParser()
        root = lxml_html.document_fromstring(data, parser=parser)
    except (OSError, ValueError, etree.ParserError) as error:
        raise VplanError(messages.CHECK_REPORT_UNREADABLE.format(file=path.name, kind="HTML", detail=error)) from None
    found: list[Finding] = []
    if not (root.get("lang") or "").strip():
        found.append(finding("sprak-saknas", _where(root)))
    title = root.find(".//title")
    if title is None or not (title.text or "").strip():
        found.append(finding("titel-saknas", _where(title if title is not None else root)))
    found += _headings(root) + _tables(root) + _images(root) + _links(root) + _contrast(root)
    return found


def _where(element: Any) -> str:
    return messages.WHERE_LINE.format(line=element.sourceline or 1, tag=element.tag)


def _text(element: Any) -> str:
    """What a screen reader reads for the element: its text, or an image's alt text, or its aria-label."""
    alts = " ".join(image.get("alt") or "" for image in element.iter("img"))
    return " ".join(f"{element.get('aria-label') or ''} {element.text_content()} {alts}".split())


def _headings(root: Any) -> list[Finding]:
    found, previous = [], 0
    for heading in root.iter(*HEADINGS):
        level = int(heading.tag[1])
        text = _text(heading)
        if not text:
            found.append(finding("rubrik-tom", _where(heading)))
        elif level > previous + 1:
            found.append(finding("rubrik-hoppar", _where(heading), text=quoted(text), level=str(level),
                                 previous=str(previous), expected=str(previous + 1)))
        previous = level
    return found


def _tables(root: Any) -> list[Finding]:
    return [finding("tabell-utan-rubrikrad", _where(table), text=_caption(table))
            for table in root.iter("table")
            if table.get("role") not in ("presentation", "none") and not any(True for _ in table.iter("th"))]


def _caption(table: Any) -> str:
    caption = table.find("caption")
    return f' "{quoted(caption.text_content())}"' if caption is not None and caption.text_content().strip() else ""


def _images(root: Any) -> list[Finding]:
    found = [finding("bild-utan-alt", _where(image), text=f' "{quoted(image.get("src") or "", 30)}"'
                     if not (image.get("src") or "").startswith("data:") else "")
             for image in root.iter("img") if image.get("alt") is None and not image.get("aria-label")]
    for svg in root.iter("svg", "{http://www.w3.org/2000/svg}svg"):
        hidden = svg.get("aria-hidden") == "true"
        if not hidden and not svg.get("aria-label") and not svg.get("aria-labelledby") and \
                not any(child.tag.endswith("title") and child.text_content().strip() for child in svg):
            found.append(finding("bild-utan-alt", _where(svg), text=""))
    return found


def _links(root: Any) -> list[Finding]:
    return [finding("lank-utan-text", _where(link), text=f" till {quoted(link.get('href') or '', 40)}")
            for link in root.iter("a") if link.get("href") is not None and not _text(link)
            and not link.get("aria-labelledby")]


def _colour(value: str, variables: dict[str, str]) -> str | None:
    value = VARIABLE.sub(lambda m: variables.get(m.group(1), m.group(0)), value).strip().lower()
    if value in NAMED:
        return NAMED[value]
    if match := RGB.match(value):
        return "".join(f"{int(part):02X}" for part in match.groups())
    first = value.split()[0] if value.split() else ""
    return hex_colour(first) if first.startswith("#") else None


def _declarations(text: str) -> dict[str, str]:
    return {name.lower(): value.strip() for name, value in DECLARATION.findall(text)}


def _contrast(root: Any) -> list[Finding]:
    css = re.sub(r"/\*.*?\*/", "", "\n".join(style.text_content() for style in root.iter("style")), flags=re.S)
    rules = [(selector.strip(), _declarations(body)) for selector, body in RULE.findall(css)]
    variables = {name: value for _, declarations in rules for name, value in declarations.items()
                 if name.startswith("--")}
    page_text, page_fill = "000000", "FFFFFF"
    for selector, declarations in rules:
        if selector in ("body", "html"):
            page_text = _colour(declarations.get("color", ""), variables) or page_text
            page_fill = _background(declarations, variables) or page_fill
    found = []
    for selector, declarations in rules:
        text = _colour(declarations.get("color", ""), variables)
        fill = _background(declarations, variables)
        if text is None and fill is None or selector.startswith("@") or ":focus" in selector:
            continue
        result = low_contrast(selector, text or page_text, fill or page_fill,
                              messages.WHERE_STYLE.format(selector=quoted(selector, 40)))
        if result:
            found.append(result)
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.get("style"):
            continue
        declarations = _declarations(element.get("style"))
        text = _colour(declarations.get("color", ""), variables)
        fill = _background(declarations, variables)
        if text is None and fill is None:
            continue
        fill = fill or next((_background(_declarations(parent.get("style") or ""), variables)
                             for parent in element.iterancestors() if parent.get("style")), None) or page_fill
        result = low_contrast(element.text_content() or element.tag, text or page_text, fill, _where(element))
        if result:
            found.append(result)
    return found


def _background(declarations: dict[str, str], variables: dict[str, str]) -> str | None:
    for name in ("background-color", "background"):
        if name in declarations:
            return _colour(declarations[name], variables)
    return None
