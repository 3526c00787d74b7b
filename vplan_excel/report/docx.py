"""Write the formal report as a Word document (docxtpl); report.pdf makes its PDF.

The only module that touches docx. Templates are rendered in a sandboxed Jinja environment
with autoescaping and strict undefined variables, so no cell text can break or inject into
the document; free text keeps its line breaks.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from .. import messages
from ..files import write_atomically
from ..model import ReportInfo
from ..problems import VplanError
from ..rollup.follow_up import FollowUp
from . import chart, tidy
from .context import build_context

COLUMN_LOOP = re.compile(r"\{%-?\s*tc\b")
FREE_TEXT = {"kommentar", "analys", "atgarder", "beskrivning", "skal", "motivering"}
CHART_NAME = "vplan-diagram.png"  # the picture keeps its file name in the document: how we find it
DRAWING_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
RENDER_VARIABLES = ("diagram", "diagram_text")  # added to build_context's variables at render time


def default_template() -> Path:
    """The template shipped inside the package (built by templates/build_rapport.py)."""
    return Path(str(resources.files("vplan_excel.report") / "templates" / "rapport.docx"))


def jinja_environment() -> Any:
    """Sandboxed, autoescaping, strict: what every edition's template is rendered with."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def _with_line_breaks(value: Any, key: str = "") -> Any:
    """Free text as docxtpl Listings, which keep line breaks and escape &, <, >."""
    from docxtpl import Listing

    if isinstance(value, dict):
        return {k: _with_line_breaks(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_line_breaks(v, key) for v in value]
    if isinstance(value, str) and key in FREE_TEXT and "\n" in value:
        return Listing(value)
    return value


def render_into(document: Any, follow_up: FollowUp, environment: Any, work: Path, info: ReportInfo | None = None,
                draft: bool = False) -> dict[str, Any]:
    """Render a loaded DocxTemplate with the follow-up's context and chart; return the context."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    context = build_context(follow_up, info=info, draft=draft)
    chart_path = chart.draw(follow_up, work / CHART_NAME)
    context["diagram"] = InlineImage(document, str(chart_path), width=Mm(chart.WIDTH_MM))
    context["diagram_text"] = chart.alt_text(follow_up)
    document.render(_with_line_breaks(context), jinja_env=environment, autoescape=True)
    for shape in document.docx.inline_shapes:  # alt text: released docxtpl cannot set it itself
        if shape._inline.graphic.graphicData.pic.nvPicPr.cNvPr.get("name") == CHART_NAME:
            shape._inline.docPr.set("descr", context["diagram_text"])
    return context


def load_template(path: Path) -> Any:
    """A DocxTemplate tuned for long reports.

    docxtpl moves the rendered body into the document with lxml, which takes time growing
    with the square of the body's size (a second for a 1 000-workbook report); building
    the document once from text takes milliseconds. And its table fix-up, needed only
    after {%tc %} column loops, is skipped for templates without them.
    """
    from docx.document import Document
    from docx.oxml import parse_xml

    try:
        from docx.oxml.parser import oxml_parser  # python-docx 1.x
    except ImportError:  # python-docx 0.8
        from docx.oxml import oxml_parser  # type: ignore[attr-defined,no-redef]
    from docxtpl import DocxTemplate
    from lxml import etree

    class Template(DocxTemplate):  # type: ignore[misc]
        column_loops = True
        docx: Any

        def fix_tables(self, xml: str) -> Any:
            """docxtpl evens out table grids after {%tc %} column loops; without them the rendered
            body stays text until map_tree parses it once, with the rest of the document."""
            if self.column_loops:
                return super().fix_tables(xml)
            return xml

        def fix_docpr_ids(self, tree: Any) -> None:
            """Done in map_tree, on the document parsed once."""

        def map_tree(self, tree: Any) -> None:
            part, root = self.docx.part, self.docx.element
            root.remove(root.body)
            shell = etree.tostring(root, encoding="unicode")
            body = tree if isinstance(tree, str) else etree.tostring(tree, encoding="unicode")
            del tree
            head, tail = (shell[:-2] + ">", "</w:document>") if shell.endswith("/>") else shell.split("</w:document>")
            try:  # fed in pieces: no copy of the whole document as one string
                parser = oxml_parser.copy()  # python-docx's settings and element classes
                for piece in (head, body, tail or "</w:document>"):
                    parser.feed(piece)
                new_root = parser.close()
            except etree.XMLSyntaxError:  # as docxtpl would: recover what can be recovered, then parse
                recovered = etree.fromstring(body, parser=etree.XMLParser(recover=True))
                new_root = parse_xml((head + etree.tostring(recovered, encoding="unicode") + "</w:document>")
                                     .encode("utf-8"))
            del body
            for picture in new_root.iter(DRAWING_PROPERTIES):  # as docxtpl: ids unique, from 1001 on
                self.docx_ids_index += 1
                picture.attrib["id"] = str(self.docx_ids_index)
            part._element = new_root
            self.docx = Document(new_root, part)

    template = Template(str(path))
    try:
        template.init_docx()
    except Exception:  # noqa: BLE001 - python-docx raises several kinds for a file that is no Word document
        raise VplanError(messages.TEMPLATE_NOT_WORD.format(template=path.name)) from None
    text = re.sub(r"<[^>]+>", "", template.get_xml())  # tags may be split over several runs
    template.column_loops = COLUMN_LOOP.search(text) is not None
    return template


def render_docx(follow_up: FollowUp, out: Path, template: Path | None = None, info: ReportInfo | None = None,
                draft: bool = False) -> Path:
    """Render the report into out, atomically (a temporary file beside it, then replace).
    info overrides the plan's [rapport]; a draft says UTKAST in its title, footer and properties."""
    from jinja2 import TemplateError

    template = template or default_template()
    with tempfile.TemporaryDirectory(prefix="vplan-") as work:
        try:
            document = load_template(template)
            context = render_into(document, follow_up, jinja_environment(), Path(work), info, draft)
        except TemplateError as error:
            raise VplanError(messages.TEMPLATE_BROKEN.format(template=template.name, detail=error)) from None
    properties = document.docx.core_properties  # after render: a tag here would be escaped twice
    properties.title = context["rapport"]["titel"]
    properties.comments = ""  # python-docx's default template says "generated by python-docx"
    properties.created = properties.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    properties.last_modified_by = follow_up.plan.document.owner
    properties.subject = context["rapport"]["utkast"] or follow_up.plan.name
    properties.author = follow_up.plan.document.owner
    properties.language = "sv-SE"
    tidy.tidy(document.docx)
    write_atomically(lambda path: document.save(path), out)
    return out


def write_text(text: str, out: Path) -> Path:
    """A UTF-8 text file (the JSON twin), written atomically."""
    return write_atomically(lambda path: Path(path).write_text(text, encoding="utf-8"), out)
