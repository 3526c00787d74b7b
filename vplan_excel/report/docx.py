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
from . import chart, stream, tidy
from .context import build_context

COLUMN_LOOP = re.compile(r"\{%-?\s*tc\b")
CHART_NAME = "vplan-diagram.png"  # the picture keeps its file name in the document: how we find it
WORD_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
DRAWING_PROPERTIES = f"{WORD_DRAWING}docPr"
INLINE = f"{WORD_DRAWING}inline"
PICTURE_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"
DOCUMENT_END = "</w:document>"
BODY_FILE = "body.xml"  # the rendered body, element by element, until the document is saved
RENDER_VARIABLES = ("diagram", "diagram_text")  # added to build_context's variables at render time


def default_template() -> Path:
    """The template shipped inside the package (built by templates/build_rapport.py)."""
    return Path(str(resources.files("vplan_excel.report") / "templates" / "rapport.docx"))


def jinja_environment() -> Any:
    """Sandboxed, autoescaping, strict: what every edition's template is rendered with."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def render_into(document: Any, follow_up: FollowUp, environment: Any, work: Path, info: ReportInfo | None = None,
                draft: bool = False) -> dict[str, Any]:
    """Render a loaded template with the follow-up's context and chart, its body into a file
    in work (stream.save puts it into the document); return the context."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    with chart.drawn_aside(follow_up, work / CHART_NAME) as drawn:
        context = build_context(follow_up, info=info, draft=draft)
        context["diagram"] = InlineImage(document, str(drawn()), width=Mm(chart.WIDTH_MM))
    context["diagram_text"] = chart.alt_text(follow_up)
    document.body_file = work / BODY_FILE
    document.chart_text = context["diagram_text"]
    document.render(context, jinja_env=environment, autoescape=True)
    return context


def load_template(path: Path) -> Any:
    """A DocxTemplate that renders its body in pieces (report.stream), for reports of any length.

    docxtpl joins the rendered body into one string and parses it into one tree, then moves
    that into the document with lxml, in time growing with the square of its size. Here the
    body goes from Jinja to a file element by element, each one fixed up as docxtpl and
    tidy would (table grids after {%tc %} column loops, picture ids, the chart's alt text,
    the order of cell properties).
    """
    from docx.document import Document

    try:
        from docx.oxml.parser import element_class_lookup  # python-docx 1.x
    except ImportError:  # python-docx 0.8
        from docx.oxml import element_class_lookup  # type: ignore[attr-defined,no-redef]
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError
    from lxml import etree

    class Template(DocxTemplate):  # type: ignore[misc]
        column_loops = True
        body_file: Path
        chart_text = ""
        docx: Any

        def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> Any:
            """The body's Jinja output as it comes: docxtpl's render_xml_part, not joined into one string."""
            xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", self.patch_xml(self.get_xml()))
            self.current_rendering_part = self.docx._part
            return jinja_env.from_string(xml).generate(context)

        def fix_tables(self, xml: Any) -> Any:
            """Done element by element in finish."""
            return xml

        def fix_docpr_ids(self, tree: Any) -> None:
            """Done element by element in finish."""

        def map_tree(self, output: Any) -> None:
            part, root = self.docx.part, self.docx.element
            root.remove(root.body)
            shell = etree.tostring(root, encoding="unicode")
            head = shell[:-2] + ">" if shell.endswith("/>") else shell[: -len(DOCUMENT_END)]
            parser = etree.XMLPullParser(events=("end",), tag=stream.ENDS, remove_blank_text=True,
                                         resolve_entities=False)  # python-docx's parser, reporting ends
            parser.set_element_class_lookup(element_class_lookup)
            try:
                with self.body_file.open("wb") as out:
                    new_root = stream.parse_body(head, output, DOCUMENT_END, parser,
                                                 stream.BodyWriter(out, self.finish), self.resolve_listing)
            except etree.XMLSyntaxError:
                raise TemplateError(messages.TEMPLATE_BREAKS_XML) from None
            part._element = new_root
            self.docx = Document(new_root, part)

        def finish(self, element: Any) -> Any:
            """A child of the rendered body as docxtpl and tidy leave it."""
            if self.column_loops:
                element = DocxTemplate.fix_tables(self, etree.tostring(element, encoding="unicode"))
            for picture in element.iter(DRAWING_PROPERTIES):  # as docxtpl: ids unique, from 1001 on
                self.docx_ids_index += 1
                picture.attrib["id"] = str(self.docx_ids_index)
                inline = picture.getparent()
                if inline.tag == INLINE and inline.find(f".//{PICTURE_PROPERTIES}[@name='{CHART_NAME}']") is not None:
                    picture.set("descr", self.chart_text)  # released docxtpl cannot set alt text itself
            tidy.order_cell_properties(element)
            return element

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
        write_atomically(lambda path: stream.save(document.docx, document.body_file, path), out)
    return out


def write_text(text: str, out: Path) -> Path:
    """A UTF-8 text file (the JSON twin), written atomically."""
    return write_atomically(lambda path: Path(path).write_text(text, encoding="utf-8"), out)
