"""Write the formal report as a Word document (docxtpl); report.pdf makes its PDF.

The only module that touches docx. Templates are rendered in a sandboxed Jinja environment
with autoescaping and strict undefined variables, so no cell text can break or inject into
the document; free text keeps its line breaks.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
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
PICTURE_RUN = '</w:t></w:r><w:r><w:drawing>{picture}</w:drawing></w:r><w:r><w:t xml:space="preserve">'  # docxtpl's
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
    in work (stream.save puts it and the chart into the document); return the context.

    The chart is drawn in another process meanwhile: the body leaves room for it, and it
    takes its place when it is drawn, after the body.
    """
    from docx.shared import Mm

    with chart.drawn_aside(follow_up, work / CHART_NAME) as drawn:
        context = build_context(follow_up, info=info, draft=draft)
        context["diagram"] = document.picture_later(drawn, Mm(chart.WIDTH_MM))
        context["diagram_text"] = document.chart_text = chart.alt_text(follow_up)
        document.body_file = work / BODY_FILE
        document.render(context, jinja_env=environment, autoescape=True)
        document.place_pictures()
    return context


def load_template(path: Path) -> Any:
    """A DocxTemplate that renders its body in pieces (report.stream), for reports of any length.

    docxtpl joins the rendered body into one string and parses it into one tree, then moves
    that into the document with lxml, in time growing with the square of its size. Here the
    body goes from Jinja to a file element by element, each one fixed up as docxtpl and
    tidy would (table grids after {%tc %} column loops, picture ids, the chart's alt text,
    the order of cell properties). A picture not drawn yet (the chart, see render_into)
    leaves room in the body and takes it when it is drawn.
    """
    from docx.document import Document

    try:
        from docx.oxml.parser import element_class_lookup  # python-docx 1.x
    except ImportError:  # python-docx 0.8
        from docx.oxml import element_class_lookup  # type: ignore[attr-defined,no-redef]
    from docxtpl import DocxTemplate, InlineImage
    from jinja2 import TemplateError
    from lxml import etree

    class Later:
        """A picture in the context that is not drawn yet: room for it in the body (in a header or
        footer, rendered after the body, the picture itself)."""

        def __init__(self, template: Any) -> None:
            self.template = template

        def __html__(self) -> str:
            template = self.template
            if template.current_rendering_part is not template.docx.part:
                drawn, width = template.later
                return str(InlineImage(template, str(drawn()), width=width).__html__())
            return PICTURE_RUN.format(picture=f"<{stream.PLACE}/>")

        __str__ = __html__

    class Template(DocxTemplate):  # type: ignore[misc]
        column_loops = True
        body_file: Path
        chart_text = ""
        docx: Any
        writer: Any = None
        later: tuple[Callable[[], Path], Any] | None = None  # how to wait for the picture, its width
        later_ids: list[int]  # the ids taken by the pictures drawn later, in the order of their places
        pictures: list[tuple[int, bytes]]  # where in the body file each goes, its XML

        def picture_later(self, drawn: Callable[[], Path], width: Any) -> Later:
            """Room in the body for the picture drawn() waits for, shown width wide."""
            self.later = drawn, width
            self.later_ids = []
            self.pictures = []
            return Later(self)

        def place_pictures(self) -> None:
            """Once the body is written: the picture for each room left for it, as docxtpl's InlineImage makes it."""
            if self.later is None or not self.later_ids:
                return
            drawn, width = self.later
            parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
            self.current_rendering_part = self.docx.part
            start, end = PICTURE_RUN.split("{picture}")
            for place, picture_id in zip(self.writer.places, self.later_ids, strict=True):
                run = InlineImage(self, str(drawn()), width=width).__html__()
                if not (run.startswith(start) and run.endswith(end)):
                    raise RuntimeError("docxtpl's InlineImage writes its picture in another way")
                inline = etree.fromstring(run[len(start):-len(end)], parser)
                self.number_picture(inline.find(DRAWING_PROPERTIES), picture_id)
                self.pictures.append((place, etree.tostring(inline, encoding="UTF-8")))

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
                    self.writer = stream.BodyWriter(out, self.finish)
                    new_root = stream.parse_body(head, output, DOCUMENT_END, parser, self.writer, self.resolve_listing)
            except etree.XMLSyntaxError:
                raise TemplateError(messages.TEMPLATE_BREAKS_XML) from None
            part._element = new_root
            self.docx = Document(new_root, part)

        def finish(self, element: Any) -> Any:
            """A child of the rendered body as docxtpl and tidy leave it."""
            if self.column_loops:
                element = DocxTemplate.fix_tables(self, etree.tostring(element, encoding="unicode"))
            for picture in element.iter(DRAWING_PROPERTIES, stream.PLACE):  # as docxtpl: ids unique, from 1001 on
                self.docx_ids_index += 1
                if picture.tag == stream.PLACE:
                    self.later_ids.append(self.docx_ids_index)  # the picture drawn later takes this one
                else:
                    self.number_picture(picture, self.docx_ids_index)
            tidy.order_cell_properties(element)
            return element

        def number_picture(self, picture: Any, picture_id: int) -> None:
            """A picture's id; the chart's alt text (released docxtpl cannot set alt text itself)."""
            picture.attrib["id"] = str(picture_id)
            inline = picture.getparent()
            if inline.tag == INLINE and inline.find(f".//{PICTURE_PROPERTIES}[@name='{CHART_NAME}']") is not None:
                picture.set("descr", self.chart_text)

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
        write_atomically(lambda path: stream.save(document.docx, document.body_file, path, document.pictures), out)
    return out


def write_text(text: str, out: Path) -> Path:
    """A UTF-8 text file (the JSON twin), written atomically."""
    return write_atomically(lambda path: Path(path).write_text(text, encoding="utf-8"), out)
