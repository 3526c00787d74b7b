"""Tidy the rendered Word report before it is saved: what docxtpl and python-docx's default
template leave behind, which a strict validator or a careful administrator would notice.

- the blank preview picture (docProps/thumbnail.jpeg) of python-docx's default template,
- Word 2010 compatibility mode (14) and en-US as the theme fonts' language in the settings,
- table cell properties out of the schema's order (docxtpl's {% cellbg %} puts w:shd first).
"""

from __future__ import annotations

from functools import cache
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
COMPATIBILITY_MODE = "15"  # Word 2013 and later
LANGUAGE = "sv-SE"
# CT_TcPr in ECMA-376 part 1, 17.4.42 (a sequence: Word tolerates another order, validators do not).
CELL_PROPERTIES = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
                   "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
                   "tcPrChange")
CELL_RANK = {f"{W}{name}": index for index, name in enumerate(CELL_PROPERTIES)}


def tidy(document: Any) -> None:
    """Tidy a python-docx Document in place."""
    package = document.part.package
    for rel in [rel for rel in package.rels.values() if rel.reltype == THUMBNAIL]:
        package.rels.pop(rel.rId)  # a part no relationship leads to is not saved
    _settings(document.settings.element)
    for part in package.iter_parts():
        element = getattr(part, "_element", None)  # XML parts only
        if element is not None:
            order_cell_properties(element)


def _settings(settings: Any) -> None:
    for preview in settings.findall(f"{W}savePreviewPicture"):  # Word would save a preview picture again
        settings.remove(preview)
    for setting in settings.iterfind(f"{W}compat/{W}compatSetting[@{W}name='compatibilityMode']"):
        setting.set(f"{W}val", COMPATIBILITY_MODE)
    for languages in settings.iterfind(f"{W}themeFontLang"):
        languages.set(f"{W}val", LANGUAGE)


def order_cell_properties(root: Any) -> None:
    """Put the children of every w:tcPr under root in the schema's order (unknown ones last, as they were)."""
    for properties in _with_several_children()(root):
        children = list(properties)
        ordered = sorted(children, key=lambda child: CELL_RANK.get(child.tag, len(CELL_RANK)))
        if ordered != children:
            properties[:] = ordered


@cache
def _with_several_children() -> Any:
    """The w:tcPr at or under an element that have more than one child: one child is always in order,
    and most cells have one."""
    from lxml import etree

    return etree.XPath("descendant-or-self::w:tcPr[*[2]]", namespaces={"w": W[1:-1]})
